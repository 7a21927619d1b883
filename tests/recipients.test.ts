import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import { parsed, tempDir } from './helpers.js';

// Recipients [name, role, organisation] of every letter, checked by hand against the PDF's address
// block. The convention: the organisation is the body named apart from the role (after a comma,
// or set before or after the role's words with no "of" between); a role that names its body
// ("Chief Constable of Hampshire Constabulary") keeps it, and the organisation is then null.
// Typing slips of the letters are kept as printed ("Assistant Direct").
const EXPECTED: Record<string, Array<[string, string | null, string | null]>> = {
  'barnsley-2022-07-18': [
    ["Sophie Wales", "Interim Executive Director of Children's Services", "Barnsley Metropolitan Borough Council"],
    ["Chris Edwards", "Accountable Officer", "NHS Barnsley Clinical Commissioning Group"],
    ["Alan Billings", "Police and Crime Commissioner for South Yorkshire", null],
    ["Lauren Poultney", "Chief Constable", "South Yorkshire Police"],
    ["Jean Imray", "Independent Scrutineer", null],
  ],
  'derby-2019-05-08': [
    ["Andy Smith", "Director of People Services", "Derby City"],
    ["Dr Chris Clayton", "Chief Executive Officer", "Derby and Derbyshire Clinical Commissioning Group"],
    ["Brigid Stacey", "Chief Nurse and Director of Quality", "Derby and Derbyshire Clinical Commissioning Group"],
    ["Michelina Racioppi", "Assistant Director for Safeguarding Children and Lead Designated Nurse", "Derby and Derbyshire Clinical Commissioning Group"],
    ["Hardyal Dhindsa", "Police and Crime Commissioner", null],
    ["Peter Goodman", "Chief Constable of Derbyshire Police Force", null],
    ["Andrew Kaiser", "Head of Specialist Services Derby City Youth Offending Team", null],
    ["Charlotte Dunkley", "Head of the National Probation Service Local Delivery Unit", null],
    ["Christine Cassell", "Chair of Derby City LSCB", null],
  ],
  'hampshire-2017-02-01': [
    ["Steve Crocker", "Director of Children's Services", "Hampshire County Council"],
    ["Heather Hauschild", "Chief Officer for NHS West Hampshire CCG", null],
    ["Kim Jones", "Designated Nurse Safeguarding Children", null],
    ["Michael Lane", "Police and Crime Commissioner for Hampshire", null],
    ["Olivia Pinkney QPM", "Chief Constable of Hampshire Constabulary", null],
    ["Alison Smailes", "Head of Hampshire and Isle of Wight Youth Offending Teams", null],
    ["Kim Thornden-Edwards", "CEO", "Hampshire and Isle of Wight Community Rehabilitation Company"],
    ["Angela Cossins", "Deputy Director", "SWSC National Probation Service"],
    ["Derek Benson", "Chair of Hampshire LSCB", null],
    ["Steve Hunt", "Assistant Direct", "Cafcass"],
  ],
  'haringey-2018-01-30': [
    ["Margaret Dennison", "Interim Director of Children's Services", "Haringey Council"],
    ["Jennie Williams", "Director of Nursing and Quality", "Haringey and Islington's Clinical Commissioning Group (CCG)"],
    ["Tony Hoolaghan", "Chief Operating Officer", "Haringey and Islington CCG"],
    ["Sophie Linden", "Deputy Mayor for Policing and Crime", null],
    ["Cressida Dick CBE QPM", "Commissioner of the Metropolitan Police", null],
    ["Des Fahy", "Acting Borough Commander of the Metropolitan Police", null],
    ["Jennifer Sergeant", "Manager, Head of Service Youth Justice", null],
    ["Helga Swidenbank", "Director of Probation", "London Community Rehabilitation Company"],
    ["Andrew Blight", "Assistant Chief Officer Head of Haringey, Redbridge and Waltham Forest", "National Probation Service"],
    ["Geraldine Gavin", "Interim Chair of Haringey LSCB", null],
  ],
  'hertfordshire-2024-12-12': [
    ["Angie Ridgwell", "Chief Executive", "Hertfordshire County Council"],
    ["Jo Fisher", "Executive Director of Children's Services", "Hertfordshire"],
    ["Jane Halpin", "Chief Executive Officer", "Hertfordshire and West Essex Integrated Care Board"],
    ["Charlie Hall QPM", "Chief Constable", "Hertfordshire Constabulary"],
    ["Nicky Pace", "Independent Scrutineer", null],
    ["Neeve Bishop", "Head of Prison and Probation Service", "Hertfordshire"],
    ["Jonathan Ash-Edwards", "Hertfordshire Police and Crime Commissioner", null],
  ],
  'kirklees-2022-08-18': [
    ["Mel Meggs", "Director of Children's Services", "Kirklees Metropolitan Borough"],
    ["Carol McKenna", null, "Clinical Commissioning Group"],
    ["Alison Lowe", "Deputy Mayor for Police and Crime", null],
    ["John Robins QPM", "Chief Constable", "West Yorkshire Police"],
    ["Julie Sykes", "Independent Scrutineer", null],
  ],
  'leeds-2024-05-16': [
    ["Julie Longworth", "Director of Children's Services", "Leeds City Council"],
    ["Rob Webster", "Executive Lead", "Integrated Care Board"],
    ["Tracey Brabin", "Mayor of West Yorkshire", null],
    ["John Robins", "Chief Constable", "West Yorkshire Police"],
    ["Helen Burton", "Youth Offending Service manager", null],
    ["David Derbyshire", "Independent Scrutineer", null],
  ],
  'liverpool-2016-08-03': [
    ["Collette O'Brien", "Director of Children's Services", "Liverpool City Council"],
    ["Jane Lunt", "Executive lead of the CCG with responsibility for CSE", null],
    ["Jane Kennedy", "Police and Crime Commissioner", null],
    ["Andy Cooke", "Chief Constable of Merseyside police force", null],
    ["Hannah Doughty", "Manager", "Liverpool Youth Offending Team"],
    ["Chris Edwards", "Chief Executive", "Merseyside Community Rehabilitation Company"],
    ["Roz Hamilton", "Deputy Director", "National Probation Service"],
    ["Howard Cooper", "Chair of Liverpool LSCB", null],
  ],
  'medway-2018-08-03': [
    ["Ian Sutherland", "Director of Children's Services", "Medway Council"],
    ["Stuart Jeffrey", "Chief Operating Officer", "NHS Medway CCG"],
    ["Sarah Vaux", "Chief Nurse", "NHS Medway CCG"],
    ["Matthew Scott", "Kent Police and Crime Commissioner", null],
    ["Alan Pughsley", "Chief Constable", "Kent Police"],
    ["Andrew Willets", "Manager, Youth Offending Team Manager", "Medway Council"],
    ["Suki Binning", "Chief Executive", "Kent, Surrey and Sussex Community Rehabilitation Company"],
    ["Tracey Kadir", "Head of Kent", "National Probation Service, South East and Eastern"],
    ["John Drew", "Chair of Medway Local Safeguarding Children Board", null],
  ],
  'sefton-2019-12-18': [
    ["Vicky Buchanan", "Interim Director of Children's Services", "Sefton Metropolitan Borough Council (MBC)"],
    ["Fiona Taylor", "Executive Lead of the Clinical Commissioning Group, with responsibility for South Sefton and Southport & Formby Clinical Commissioning Groups", null],
    ["Jane Kennedy", "Police and Crime Commissioner for Merseyside", null],
    ["Andy Cooke QPM", "Chief Constable of Merseyside Police", null],
    ["Tanya Wilcox", "Head of Communities, with responsibility for the Youth Offending Team", null],
    ["Paula St Aubyn", "Chair of Sefton Multi-agency Safeguarding Arrangements", null],
  ],
  'south-tyneside-2016-04-05': [
    ["John Pearce", "Director of Children's Services", "South Tyneside Metropolitan Borough Council"],
    ["Dr David Hambleton", "Chief Officer", "CCG"],
    ["Steve Williamson", "Chief Executive", "South Tyneside Foundation Trust"],
    ["Vera Baird QC", "Police and Crime Commissioner", null],
    ["Steve Ashman", "Chief Constable of Northumbria police force", null],
    ["Pam Vedhara MBE", null, "Youth Justice Service"],
    ["Nick Hall", "CEO", "Community Rehabilitation Company"],
    ["Linda Marginson", "Deputy Director", "National Probation Service"],
    ["Sir Paul Ennals", "Chair of South Tyneside LSCB", null],
  ],
  'surrey-2023-05-02': [
    ["Rachael Wardell", "Director of Children's Services", "Surrey County Council"],
    ["Claire Fuller", "Chief Executive", "Surrey Heartlands Integrated Health and Care Board"],
    ["Fiona Edwards", "Chief Executive", "Frimley Integrated Health and Care Board"],
    ["Lisa Townsend", "Surrey Police and Crime Commissioner", null],
    ["Tim de Mayer", "Chief Constable", "Surrey Police"],
    ["Simon Hart", "Independent Scrutineer", null],
  ],
  'wokingham-2017-07-14': [
    ["Judith Ramsden", "Director of People Services", "Wokingham Borough Council"],
    ["Liz Stead", "Head of Safeguarding Children", "Berkshire West Clinical Commissioning Groups"],
    ["Debbie Simmons", "Nurse Director", "Berkshire West Clinical Commissioning Groups"],
    ["Anthony Stansfeld", "Police and Crime Commissioner", null],
    ["Francis Habgood QPM", "Chief Constable of Thames Valley Police", null],
    ["Gabriel Amahwe", "CEO", "Thames Valley Community Rehabilitation Company"],
    ["Angela Cossins", "Deputy Director", "National Probation Service"],
    ["Francis Gosling-Thomas", "Chair of Wokingham LSCB", null],
    ["Lisa Humphry", "Assistant Director, Social Work and Early Intervention, Chair of the Youth Offending Service Strategic Board", null],
  ],
};

const asTriples = (recipients: Array<{ name: string; role: string | null; organisation: string | null }>) =>
  recipients.map((r) => [r.name, r.role, r.organisation]);

describe('recipients, split by where each line stands and what it says', () => {
  it.each(Object.keys(EXPECTED))('%s', async (name) => {
    const { letter } = await parsed(`letters/${name}.pdf`);
    expect(asTriples(letter.recipients)).toEqual(EXPECTED[name]);
  });

  it('reads the same recipients from text without positions (the Wokingham letter as pasted, and typeset anew)', async () => {
    for (const file of ['letters/wokingham-2017-07-14.txt', 'letters/wokingham-2017-07-14.typeset.pdf']) {
      const { letter } = await parsed(file);
      expect(asTriples(letter.recipients), file).toEqual(EXPECTED['wokingham-2017-07-14']);
    }
  });
});

/** A one-page letter whose address block is drawn line by line at the given x and y (Helvetica 11 pt). */
async function letterWithAddress(name: string, address: Array<{ text: string; x?: number; y: number }>): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595, 842]);
  const draw = (text: string, x: number, y: number) => {
    const heading = text.startsWith('#');
    page.drawText(text.replace('#', ''), { x, y, size: heading ? 13 : 11, font: heading ? bold : font });
  };
  draw('1 March 2024', 70, 780);
  for (const line of address) draw(line.text, line.x ?? 70, line.y);
  const body = [
    'Dear Testshire Safeguarding Partnership',
    '',
    'Joint targeted area inspection of Testshire',
    '',
    'This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-',
    'agency response to children who are victims of domestic abuse in Testshire, and of the help',
    'they are given once a concern has been raised, by all the agencies that work with them.',
    '',
    '#Headline findings',
    '',
    'Leaders know their area well, and the partnership works closely together for children.',
    '',
    '#Next steps',
    '',
    'The local authority should prepare a written statement of proposed action by 1 July 2024.',
    '',
    'Yours sincerely',
  ];
  let y = 500;
  for (const text of body) {
    if (text !== '') draw(text, 70, y);
    y -= text === '' ? 10 : 14;
  }
  const file = join(tempDir('jtai-recipients-'), name);
  writeFileSync(file, await pdf.save());
  return file;
}

describe('recipients: layouts that none of the 13 letters uses', () => {
  it('reads the block layout from text too, where blank lines stand for the gaps', async () => {
    const file = join(tempDir('jtai-recipients-'), 'stacked.txt');
    const body = ['Dear Testshire Safeguarding Partnership', 'Joint targeted area inspection of Testshire',
      'This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to children who are victims of domestic abuse in Testshire.',
      'Headline findings', 'Leaders know their area well, and the partnership works closely together for children.',
      'Next steps', 'The local authority should prepare a written statement of proposed action by 1 July 2024.', 'Yours sincerely'];
    writeFileSync(file, ['1 March 2024', '', 'Ann Smith', "Director of Children's Services", 'Testshire County Council', '',
      'Bob Jones QPM', 'Chief Constable', 'Testshire Police', '', 'Cara Lee, Independent Scrutineer', '', body.join('\n\n')].join('\n'));
    const { letter } = await parseFile(file);
    expect(asTriples(letter.recipients)).toEqual([
      ['Ann Smith', "Director of Children's Services", 'Testshire County Council'],
      ['Bob Jones QPM', 'Chief Constable', 'Testshire Police'],
      ['Cara Lee', 'Independent Scrutineer', null],
    ]);
  });

  it('takes each block of lines after a gap as one recipient: name, role and organisation on lines of their own', async () => {
    const file = await letterWithAddress('stacked.pdf', [
      { text: 'Ann Smith', y: 740 },
      { text: "Director of Children's Services", y: 726 },
      { text: 'Testshire County Council', y: 712 },
      { text: 'Bob Jones QPM', y: 684 },
      { text: 'Chief Constable', y: 670 },
      { text: 'Testshire Police', y: 656 },
      { text: 'Cara Lee', y: 628 },
      { text: 'Independent Scrutineer', y: 614 },
    ]);
    const { letter } = await parseFile(file);
    expect(asTriples(letter.recipients)).toEqual([
      ['Ann Smith', "Director of Children's Services", 'Testshire County Council'],
      ['Bob Jones QPM', 'Chief Constable', 'Testshire Police'],
      ['Cara Lee', 'Independent Scrutineer', null],
    ]);
  });

  it('runs a line on where the PDF shows a wrap (a hanging indent), even when the run-on reads like a name', async () => {
    const file = await letterWithAddress('hanging.pdf', [
      { text: "Ann Smith, Director of Children's Services and Chair of the Panel for", y: 740 },
      { text: 'Testshire Schools, Testshire County Council', x: 84, y: 726 },
      { text: 'Bob Jones QPM Chief Constable, Testshire Police', y: 712 },
    ]);
    const { letter } = await parseFile(file);
    expect(asTriples(letter.recipients)).toEqual([
      ['Ann Smith', "Director of Children's Services and Chair of the Panel for Testshire Schools", 'Testshire County Council'],
      ['Bob Jones QPM', 'Chief Constable', 'Testshire Police'],
    ]);
  });
});
