import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { inflateRawSync } from 'node:zlib';
import { readThrough, updateWithFile } from '../file-hash.js';
import { defaultRulesDir } from '../rules-dir.js';
import { isBatchProcess } from '../run/batch-process.js';
import { isShortRun } from '../short-run.js';
import { withoutStoppingNow } from '../stop-guard.js';
import { type ChecksumFailure, DECODED_LIMITS, type InflatedStreams } from './pdf-size.js';

// pdf.js is 1.6 MB of minified JavaScript, compiled by every process before it reads a page, and
// Node 20 keeps no compile cache for ES modules. So pdf-parse's CommonJS build (pdf.js's display
// layer bundled in) and its copy of pdf.js's worker (an ES module, run here as a script) are
// compiled with vm.Script, from V8's code cache when `npm run build` wrote one
// (src/build/cache-pdfjs.mjs) for this V8 and these very sources; otherwise from source, as before.
// The build also writes the two scripts themselves, patched and wrapped (PATCHED_SCRIPTS_FILE):
// read from there, they cost a cold run 15-20 ms of CPU instead of 60-75 (decoding 1.6 MB of
// UTF-8 into a string and patching it made three copies of 3 MB).

/** Written by the build, beside the compiled rules; a file of the machine's V8, not portable data. */
export const pdfjsCodeCacheFile = join(defaultRulesDir, '..', 'dist', 'pdfjs-code-cache.bin');
/** The same, made under the V8 flags of a short run (src/short-run.ts): V8 refuses a cache made under other flags. */
export const pdfjsShortRunCodeCacheFile = join(defaultRulesDir, '..', 'dist', 'pdfjs-code-cache-short-run.bin');
/** The same, made under the V8 flags of a batch's child process (src/run/batch-process.ts) and used by its threads. */
export const pdfjsBatchProcessCodeCacheFile = join(defaultRulesDir, '..', 'dist', 'pdfjs-code-cache-batch-process.bin');
/** The code cache made under this process's V8 flags. */
export const codeCacheForThisProcess = (): string => (isShortRun() ? pdfjsShortRunCodeCacheFile : isBatchProcess() ? pdfjsBatchProcessCodeCacheFile : pdfjsCodeCacheFile);
/**
 * Written by the build: each piece's script as loadPdfJs compiles it, patched and wrapped, in ASCII
 * (the build writes each non-ASCII character of a string literal as an escape, see
 * src/build/cache-pdfjs.mjs). A header line names, for each piece, the source it was made from
 * and the sha256 of its bytes; a piece is read from here only when both still hold. Portable: no V8 in it.
 */
export const pdfjsScriptsFile = join(defaultRulesDir, '..', 'dist', 'pdfjs-scripts.txt');

type PieceName = 'display' | 'worker';
interface Piece {
  name: PieceName;
  file: string;
  /** The script compiled: the file's text in a function that takes what a module is given. */
  text: string;
  /** Which text this is (what a code cache is for): the build's (the sha256 of its bytes), or one patched here (its source). */
  textId: string;
}

export interface PdfJs {
  pdfParse: typeof import('pdf-parse');
  /** What pdf.js looks for as globalThis.pdfjsWorker, so that it never imports its worker itself. */
  worker: { WorkerMessageHandler: unknown };
}

interface Loaded {
  scripts: Map<PieceName, { piece: Piece; script: vm.Script }>;
  /** Pieces compiled from the code cache (V8 accepted it). */
  fromCache: PieceName[];
  /** Pieces whose script came from the build (pdfjsScriptsFile), not patched as they loaded. */
  builtScripts: PieceName[];
}
let loaded: Loaded | null = null;

const WORKER_URL_NAME = '__jtaiWorkerUrl';
/** What the worker is given to inflate a Flate stream whole (inflateWhole). */
const INFLATE_NAME = '__jtaiInflateWhole';
/** What the worker is given to tell a TrueType font whose glyph locations run in order (glyphLocationsInOrder). */
const LOCA_NAME = '__jtaiGlyphLocationsInOrder';
/** Where the worker keeps the last closure of each page's hot loop (promiseBody), so its optimised code outlives it. */
const KEPT_NAME = '__jtaiKeptAlive';
/**
 * What both pieces are given: the chunks of text content the worker hands over as they are, which
 * the display layer's port takes without the copy (structuredClone) it makes of every other message.
 */
const UNCOPIED_NAME = '__jtaiUncopied';
/** What the worker is given to tell what it could not read in a page's content (noteContentDamage). */
const DAMAGE_NAME = '__jtaiContentDamage';
const WORKER_EXPORT = /export\{WorkerMessageHandler\};?\s*$/;

// One line of wrapper before the code, so that positions in its stack traces stay right.
function asCommonJs(code: string, file: string): string {
  if (code.includes(UNCOPIED_NAME)) throw new Error(`${file} is not the pdf.js that jtai loads (from pdf-parse 2.4.5)`);
  return `(function (exports, require, module, __filename, __dirname, process, ${UNCOPIED_NAME}) {${patched(code, file, 'display')}\n})`;
}

/**
 * The worker module's only ties to being a module: one import.meta.url (where its image decoders'
 * WebAssembly would be, never used here) and its one export, at the end. Anything else is another
 * pdf.js, which this loader does not know. An ES module is strict.
 */
function asScript(code: string, file: string): string {
  if (code.split('import.meta').length !== 2 || !code.includes('import.meta.url') || !WORKER_EXPORT.test(code) || code.includes(WORKER_URL_NAME) || code.includes(INFLATE_NAME) || code.includes(LOCA_NAME) || code.includes(KEPT_NAME) || code.includes(UNCOPIED_NAME) || code.includes(DAMAGE_NAME)) {
    throw new Error(`${file} is not the pdf.js worker that jtai loads (from pdf-parse 2.4.5)`);
  }
  return `(function (${WORKER_URL_NAME}, ${INFLATE_NAME}, ${LOCA_NAME}, ${UNCOPIED_NAME}, ${DAMAGE_NAME}) {"use strict";const ${KEPT_NAME}={};${patched(code, file, 'worker').replace('import.meta.url', WORKER_URL_NAME).replace(WORKER_EXPORT, 'return WorkerMessageHandler;')}\n})`;
}

/**
 * A piece of pdf.js with jtai's changes (PDFJS_PATCHES) made, each where it is found, once, in the
 * code as published (no two overlap). The pieces are joined in one pass: replaced one after
 * another, each change copied all 1.1 MB of the worker again (13 changes: 20 ms of a cold run).
 */
function patched(code: string, file: string, piece: PieceName): string {
  const places = [...PDFJS_PATCHES, ...PDFJS_ADDITIONS].filter((patch) => patch.piece === piece).map((patch) => {
    const at = code.indexOf(patch.find);
    if (at < 0 || code.includes(patch.find, at + 1)) throw new Error(`${file} is not the pdf.js that jtai loads (from pdf-parse 2.4.5): ${patch.why} is not where it was`);
    return { at, patch };
  }).sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let from = 0;
  for (const { at, patch } of places) {
    if (at < from) throw new Error(`jtai's changes to ${file} overlap: ${patch.why}`);
    parts.push(code.slice(from, at), patch.replace);
    from = at + patch.find.length;
  }
  parts.push(code.slice(from));
  return parts.join('');
}

/**
 * Changes to pdf.js that make reading text cheaper and change nothing jtai reads: each `find` is a
 * piece of pdf-parse 2.4.5's minified code, found exactly once, else that piece of pdf.js is not
 * loaded (as for any other pdf.js). tests/pdfjs-patches.test.ts reads every fixture with and without them.
 */
const PDFJS_PATCHES: ReadonlyArray<{ piece: PieceName; why: string; find: string; replace: string }> = [
  {
    // Text content asks for the text's transform twice a glyph; pdf.js builds it from two matrix
    // products (three arrays, one kept). The same products, term for term, into one array, or into
    // the array it is given (`o`, below).
    piece: 'worker',
    why: 'the text transform of each glyph (getCurrentTextTransform)',
    find: 'function getCurrentTextTransform(){const e=D.font,t=[D.fontSize*D.textHScale,0,0,D.fontSize,0,D.textRise];if(e.isType3Font&&(D.fontSize<=1||e.isCharBBox)&&!isArrayEqual(D.fontMatrix,a)){const r=e.bbox[3]-e.bbox[1];r>0&&(t[3]*=r*D.fontMatrix[3])}return Util.transform(D.ctm,Util.transform(D.textMatrix,t))}',
    replace:
      'function getCurrentTextTransform(o){const e=D.font,t0=D.fontSize*D.textHScale,t1=0,t2=0,t4=0,t5=D.textRise;let t3=D.fontSize;if(e.isType3Font&&(D.fontSize<=1||e.isCharBBox)&&!isArrayEqual(D.fontMatrix,a)){const r=e.bbox[3]-e.bbox[1];r>0&&(t3*=r*D.fontMatrix[3])}' +
      'const m=D.textMatrix,i0=m[0]*t0+m[2]*t1,i1=m[1]*t0+m[3]*t1,i2=m[0]*t2+m[2]*t3,i3=m[1]*t2+m[3]*t3,i4=m[0]*t4+m[2]*t5+m[4],i5=m[1]*t4+m[3]*t5+m[5],k=D.ctm;' +
      'const x0=k[0]*i0+k[2]*i1,x1=k[1]*i0+k[3]*i1,x2=k[0]*i2+k[2]*i3,x3=k[1]*i2+k[3]*i3,x4=k[0]*i4+k[2]*i5+k[4],x5=k[1]*i4+k[3]*i5+k[5];' +
      'if(o){o[0]=x0;o[1]=x1;o[2]=x2;o[3]=x3;o[4]=x4;o[5]=x5;return o}return[x0,x1,x2,x3,x4,x5]}',
  },
  {
    // Of the two, the one that compares a glyph's place with the last glyph's keeps no hold of it
    // (it reads it, and applyInverseRotation reads it, before anything else runs): it is written
    // into one array of the page's loop, not a new one for every glyph drawn.
    piece: 'worker',
    why: 'the transform each glyph is compared by (compareWithLastPosition)',
    find: 'function compareWithLastPosition(e){const t=getCurrentTextTransform();',
    replace: 'const jtaiGlyphTransform=[0,0,0,0,0,0];function compareWithLastPosition(e){const t=getCurrentTextTransform(jtaiGlyphTransform);',
  },
  {
    // The last glyph's transform (prevTransform), set after each glyph of some width: a new array
    // for every glyph drawn (the largest of the text loop's allocations its own functions make, about
    // 5% of a parsing thread's bytes). It is read by the next glyph's comparison (above) and handed to
    // a white-space item as its transform; so it is written into the array it already has, and the
    // white-space item (below) takes a copy of it.
    piece: 'worker',
    why: 'the last glyph transform of a text item (prevTransform)',
    find: 'u&&(f.prevTransform=getCurrentTextTransform());',
    replace: 'u&&(f.prevTransform=getCurrentTextTransform(f.prevTransform));',
  },
  {
    // A white-space item given the last glyph's transform (pushWhitespace's default, or
    // addFakeSpaces's) keeps a copy of it, since that array is written again by the next glyph (above).
    piece: 'worker',
    why: 'the transform a white-space item keeps (pushWhitespace)',
    find: 'b.items.push({str:" ",dir:"ltr",width:e,height:t,transform:r,fontName:a,hasEOL:!1})',
    replace: 'b.items.push({str:" ",dir:"ltr",width:e,height:t,transform:r&&r===y.prevTransform?r.slice():r,fontName:a,hasEOL:!1})',
  },
  {
    // A message is copied unless the worker marked its chunk as handed over (the chunks of text content, above).
    piece: 'display',
    why: 'the copy of each message between the display layer and the worker (LoopbackPort postMessage)',
    find: 'postMessage(t,e){const i={data:structuredClone(t,e?{transfer:e}:null)};',
    replace: `postMessage(t,e){const i={data:${UNCOPIED_NAME}.has(t.chunk)?t:structuredClone(t,e?{transfer:e}:null)};`,
  },
  {
    // jtai reads a page's drawing operators only for the paths and transforms that draw boxes
    // (drawnBoxes in pdf.ts); its text comes from text content. pdf.js turned each string shown
    // into glyph objects, sent with the operators (most of what they cost to send), and in Node
    // (no FontFace) built and sent each glyph's outline too. Strings shown now carry no glyphs.
    piece: 'worker',
    why: 'the glyphs of text shown, in operator lists (handleText)',
    find: 'handleText(e,t){const r=t.font,a=r.charsToGlyphs(e);if(r.data){(!!(t.textRenderingMode&C)||"Pattern"===t.fillColorSpace.name||r.disableFontFace)&&PartialEvaluator.buildFontPaths(r,a,this.handler,this.options)}return a}',
    replace: 'handleText(e,t){return[]}',
  },
  {
    // Text content comes from the worker as a stream of chunks, each a message cloned whole, with
    // messages to ask for more; pdf.js sends a chunk at every change of font once it holds 10
    // items, so a page came in about 14 chunks. Sent at 1000 items (or at the end of the page),
    // a page is one chunk. The display layer joins the chunks into the same text content.
    piece: 'worker',
    why: 'the size of a chunk of text content (enqueueChunk)',
    find: 'function enqueueChunk(e=!1){const t=b.items.length;if(0!==t&&!(e&&t<10))',
    replace: 'function enqueueChunk(e=!1){const t=b.items.length;if(0!==t&&!(e&&t<1e3))',
  },
  {
    // Every message between the worker and the display layer is copied whole (structuredClone,
    // in the display layer's port, below), text content too: about 4% of a letter's CPU, and as
    // much garbage again. The worker sends each chunk as a new object that it never touches
    // again (it starts new lists of items and styles for the next chunk), so the display layer
    // may take it as it is.
    piece: 'worker',
    why: 'a chunk of text content sent (enqueueChunk)',
    find: '{s?.enqueue(b,t);b.items=[];',
    replace: `{const c={items:b.items,styles:b.styles,lang:b.lang};${UNCOPIED_NAME}.add(c);s?.enqueue(c,t);b.items=[];`,
  },
  {
    // Operator lists (read only on the pages where a box may be drawn) come in chunks of about
    // 1000 operators, each cloned whole by the port with its arguments, after the worker listed
    // the buffers to transfer (get _transfers): about a tenth of reading a page's operators. The
    // worker empties its two lists after a chunk (length 0) and makes new arguments for every
    // operator, so the chunk goes with copies of the two lists, uncloned; the display layer only
    // appends its operators to the page's list, and jtai only reads them (drawnBoxes).
    piece: 'worker',
    why: 'a chunk of an operator list sent (OperatorList flush)',
    find: 'this._streamSink.enqueue({fnArray:this.fnArray,argsArray:this.argsArray,lastChunk:e,separateAnnots:t,length:r},1,this._transfers);',
    replace: `{const c={fnArray:this.fnArray.slice(),argsArray:this.argsArray.slice(),lastChunk:e,separateAnnots:t,length:r};${UNCOPIED_NAME}.add(c);this._streamSink.enqueue(c,1)}`,
  },
  {
    // What the display layer asks the worker for before it waits to be read: 100 items, which
    // would cut the chunks above short. 10,000 bounds a chunk still (the display layer adds a
    // chunk's items as the arguments of one call).
    piece: 'display',
    why: 'how much text content is asked for at once (streamTextContent)',
    find: '{highWaterMark:100,size:t=>t.items.length}',
    replace: '{highWaterMark:1e4,size:t=>t.items.length}',
  },
  {
    // pdf.js inflates Flate streams (page contents, fonts, object streams) in JavaScript, a block
    // at a time: cold, in a one-letter run, that was a tenth of pdf.js's time. Before its first
    // block, a stream is now inflated whole by zlib (inflateWhole); where zlib cannot (a damaged or
    // cut stream, which pdf.js reads up to the damage), pdf.js decodes the same bytes as before.
    // A deflate stream that zlib reads to its end has only one decoding, so the bytes are the same.
    // The position of its bytes in their stream (the file, for most) finds it among those the
    // decoded-size check inflated, if it is one of them.
    piece: 'worker',
    why: 'the first block of a Flate stream (FlateStream readBlock)',
    find: 'readBlock(){let e,t,r;const a=this.str;try{t=this.getBits(3)}',
    replace:
      `readBlock(){if(!this.jtaiInflateTried){this.jtaiInflateTried=!0;const p=this.str.pos,b=this.str.getBytes(),d=${INFLATE_NAME}(b,p);` +
      'if(null!==d){this.buffer=d;this.bufferLength=d.length;this.eof=!0;return}this.str=new Stream(b,0,b.length,this.str.dict)}' +
      'let e,t,r;const a=this.str;try{t=this.getBits(3)}',
  },
  // pdf.js turns each embedded TrueType font into a new font file for the browser to draw with
  // (checkAndRepair): it scans the hinting programs, copies and repairs every glyph outline and
  // writes new cmap, OS/2, post and name tables. jtai draws nothing: a font's text comes from its
  // ToUnicode map, its encoding, its name records (adjustTrueTypeToUnicode) and the PDF's widths,
  // all read as before, and so are the metrics (ascent, descent) and every check that makes pdf.js
  // use a substitute font. The five pieces below leave out what only builds the new file; that
  // was a seventh of a cold letter's pdf.js time (fonts of Word letters keep every glyph slot).
  {
    // A glyph outline is copied and repaired only where the glyph locations (loca) run out of
    // order or past the glyph table: only there can the copying fail (and pdf.js then falls back to
    // a substitute font, which changes the text), so only there is it still done, with the hints.
    piece: 'worker',
    why: 'the scan of a TrueType font\'s hinting programs (sanitizeTTPrograms)',
    find: 'const m=function sanitizeTTPrograms(e,t,r,a){',
    replace: 'const jtaiSanitizeHints=()=>function sanitizeTTPrograms(e,t,r,a){',
  },
  {
    piece: 'worker',
    why: 'where a TrueType font\'s invalid hinting programs are dropped',
    find: '(s.fpgm,s.prep,s["cvt "],g);if(!m){delete s.fpgm;delete s.prep;delete s["cvt "]}',
    replace: '(s.fpgm,s.prep,s["cvt "],g);',
  },
  {
    piece: 'worker',
    why: 'the copy of a TrueType font\'s glyph outlines (sanitizeGlyphLocations)',
    find: 'let b=Object.create(null);if(l){const e=int16(s.head.data[50],s.head.data[51]),t=function sanitizeGlyphLocations(',
    replace:
      `let b=Object.create(null);const jtaiInOrder=l&&${LOCA_NAME}(s.loca.data,s.glyf.data.length,u,int16(s.head.data[50],s.head.data[51])),m=jtaiInOrder||jtaiSanitizeHints();` +
      'if(!m){delete s.fpgm;delete s.prep;delete s["cvt "]}if(l&&!jtaiInOrder){const e=int16(s.head.data[50],s.head.data[51]),t=function sanitizeGlyphLocations(',
  },
  {
    // A composite font with the identity CMap (Word's Identity-H fonts) maps each of 65,536 codes
    // to a glyph for the new cmap table; no code of that CMap can fail the check in it (a CID over
    // 65,535). Any other CMap is still mapped, for that check.
    piece: 'worker',
    why: 'the glyph of each code of a composite TrueType font (cMap.forEach)',
    find: ';r.cMap.forEach(function(r,a){"string"==typeof a&&(a=convertCidString(r,a,!0));if(a>65535)',
    replace: ';r.cMap instanceof IdentityCMap||r.cMap.forEach(function(r,a){"string"==typeof a&&(a=convertCidString(r,a,!0));if(a>65535)',
  },
  {
    // The new cmap and OS/2 tables, and the codes the browser would draw with (toFontChar): glyphs
    // in text content take their text from toUnicode and their width from the PDF.
    piece: 'worker',
    why: 'the new cmap and OS/2 tables of a TrueType font (adjustMapping)',
    find: 'if(!r.cssFontInfo){const e=adjustMapping(w,hasGlyph,x,this.toUnicode);',
    replace: 'if(!1){const e=adjustMapping(w,hasGlyph,x,this.toUnicode);',
  },
  {
    // The loops over a page's operators and text are closures made afresh for each page, as are
    // the functions they call (getTextContent's buildTextContentItem, compareWithLastPosition...).
    // V8 keeps their optimised code only while some closure of theirs lives: once a page's were
    // gone, a full collection dropped it, and TurboFan compiled them again on the next pages
    // (promiseBody alone is about 5,700 bytes of bytecode). The last closure of each loop is kept,
    // and with it its page's functions (and its document, until the next page is read: one
    // document a thread). In a batch of 26 letters on two threads, 307 compiles (70 of them again
    // after a full collection) became 257 (35).
    piece: 'worker',
    why: 'the loop over a page\'s operators (getOperatorList promiseBody)',
    find: 'return new Promise(function promiseBody(e,n){const next=function(t){Promise.all([t,a.ready])',
    replace: `return new Promise(${KEPT_NAME}.operatorList=function promiseBody(e,n){const next=function(t){Promise.all([t,a.ready])`,
  },
  {
    piece: 'worker',
    why: 'the loop over a page\'s text (getTextContent promiseBody)',
    find: 'const R=new TimeSlotManager;return new Promise(function promiseBody(e,a){',
    replace: `const R=new TimeSlotManager;return new Promise(${KEPT_NAME}.textContent=function promiseBody(e,a){`,
  },
  {
    piece: 'worker',
    why: 'the new post table of a TrueType font (createPostTable)',
    find: 's.post={tag:"post",data:createPostTable(r)};',
    replace: '',
  },
  {
    // The name records are still read (psName, and the text of symbolic fonts); no new name table
    // and no font file: the font goes to the display layer without data, which in Node it never used.
    piece: 'worker',
    why: 'the new name table and font file of a TrueType font (OpenTypeFileBuilder)',
    find: 's.name.data=createNameTable(e,t);',
    replace: '',
  },
  {
    piece: 'worker',
    why: 'the font file written from a TrueType font\'s tables (OpenTypeFileBuilder)',
    find: '}else s.name={tag:"name",data:createNameTable(this.name)};const S=new OpenTypeFileBuilder(i.version);for(const e in s)S.addTable(e,s[e].data);return S.toArray()}',
    replace: '}}',
  },
  {
    // Each item of text content goes through the bidirectional algorithm, which first copies the
    // item into two arrays, a character and its type at a time, to count the characters of a
    // right-to-left type (R, AL, AN); with none, it gives the text as it was, left to right. No
    // character below U+0590 is of those types (pdf.js's own table for U+0000-U+00FF holds none;
    // U+0100-U+058F are L), so an item of those alone is given so at once: a letter's every item.
    piece: 'worker',
    why: 'the bidirectional algorithm run on each text item (bidi)',
    find: 'function bidi(e,t=-1,r=!1){let a=!0;const n=e.length;if(0===n||r)return createBidiText(e,a,r);',
    replace: 'function bidi(e,t=-1,r=!1){let a=!0;const n=e.length;if(0===n||r)return createBidiText(e,a,r);let q=0;for(;q<n&&e.charCodeAt(q)<1424;q++);if(q===n)return createBidiText(e,a);',
  },
];

/**
 * What pdf.js knows and does not give, added to what it gives (not left out with PDFJS_PATCHES).
 * Whether a font is an italic or oblique face: pdf.js reads it from the font's name and its
 * descriptor (ItalicAngle, the Italic flag) as it loads the font for a page's text, but says so
 * only in the font objects sent with a page's drawing operators, which cost as much again as its
 * text. The text content's style of each font now carries it (`italic`), at no cost.
 */
const PDFJS_ADDITIONS: ReadonlyArray<{ piece: PieceName; why: string; find: string; replace: string }> = [
  {
    piece: 'worker',
    why: 'whether a font is an italic face (the Font constructor)',
    find: 'this.isSerifFont=n;',
    replace: 'this.isSerifFont=n;this.jtaiItalic=/italic|oblique/i.test(e)||(0!==(r.italicAngle||0)&&!r.isSimulatedFlags)||!!(64&r.flags&&!r.isSimulatedFlags);',
  },
  {
    piece: 'worker',
    why: 'the style of each font in text content (ensureTextContentItem)',
    find: 'b.styles[t]={fontFamily:e.fallbackName,ascent:e.ascent,descent:e.descent,vertical:e.vertical}',
    replace: 'b.styles[t]={fontFamily:e.fallbackName,ascent:e.ascent,descent:e.descent,vertical:e.vertical,italic:!!e.jtaiItalic}',
  },
  // A page's content that pdf.js cannot read it passes over with a warning nobody sees (jtai runs
  // it silent): an error stops the page's text there, the rest of the page left out; an operator
  // it does not know, or one with too few operands, is skipped, and text with it. A damaged
  // stream (a flipped byte, a wrong /Filter) reads so. Each is told to jtai (noteContentDamage).
  {
    piece: 'worker',
    why: 'an error that stops a page\'s text content (getTextContent, ignoreErrors)',
    find: 'warn(`getTextContent - ignoring errors during "${t.name}" task: "${e}".`);',
    replace: `${DAMAGE_NAME}(!0,e);warn(\`getTextContent - ignoring errors during "\${t.name}" task: "\${e}".\`);`,
  },
  {
    piece: 'worker',
    why: 'an unknown operator in a content stream (EvaluatorPreprocessor read)',
    find: 'if(!n){warn(`Unknown command "${a}".`);continue}',
    replace: `if(!n){${DAMAGE_NAME}(!1);warn(\`Unknown command "\${a}".\`);continue}`,
  },
  {
    piece: 'worker',
    why: 'an operator with too few operands, skipped (EvaluatorPreprocessor read)',
    find: 'warn(`Skipping ${e}`);',
    replace: `${DAMAGE_NAME}(!1);warn(\`Skipping \${e}\`);`,
  },
  // pdf.js leaves invisible format characters out of text content, the soft hyphen (U+00AD) among
  // them; but a producer draws a soft hyphen only where a line breaks the word it stands in (as
  // LibreOffice writes an optional hyphen), and drawn, it is a hyphen that the next line's word
  // continues. Kept, with its width, the line shows where its word was broken (normaliseLine).
  {
    piece: 'worker',
    why: 'a soft hyphen drawn at a line\'s end (getTextContent, invisible format marks)',
    find: 'if(o.isInvisibleFormatMark)continue;',
    replace: 'if(o.isInvisibleFormatMark&&"\\u00ad"!==s.unicode)continue;',
  },
];

/** What pdf.js could not read in the content it has read since it was last asked (takeContentDamage). */
export interface ContentDamage {
  /** The error that stopped a page's text, the rest of the page left out; null when none did. */
  stoppedBy: unknown;
  /** How many operators it skipped (unknown, or with too few operands). */
  skipped: number;
}
let contentDamage: ContentDamage = { stoppedBy: null, skipped: 0 };

function noteContentDamage(stopped: boolean, error?: unknown): void {
  if (stopped) contentDamage.stoppedBy ??= error;
  else contentDamage.skipped++;
}

/** What pdf.js could not read in page content since this was last called (one thread reads one document at a time). */
export function takeContentDamage(): ContentDamage {
  const taken = contentDamage;
  contentDamage = { stoppedBy: null, skipped: 0 };
  return taken;
}

/**
 * Whether a TrueType font's glyph locations, decoded as pdf.js decodes them (2 or 4 bytes each,
 * missing bytes as 0, each at most the glyph table's length), never go back and never below 0,
 * for a font of at least one glyph. Then each glyph's outline lies between its location and the
 * next, apart from every other, and pdf.js's copy of them (sanitizeGlyphLocations) cannot fail:
 * it is left out. Otherwise pdf.js copies them as it did.
 */
function glyphLocationsInOrder(loca: Uint8Array, glyfLength: number, numGlyphs: number, long: number): boolean {
  if (!(numGlyphs >= 1)) return false;
  const byte = (at: number) => loca[at] ?? 0;
  let previous = 0;
  for (let glyph = 0; glyph <= numGlyphs; glyph++) {
    const at = glyph * (long ? 4 : 2);
    let offset = long ? (byte(at) << 24) | (byte(at + 1) << 16) | (byte(at + 2) << 8) | byte(at + 3) : (byte(at) << 9) | (byte(at + 1) << 1);
    if (offset > glyfLength) offset = glyfLength;
    if (offset < previous) return false;
    previous = offset;
  }
  return true;
}

/** Streams the decoded-size check inflated, of the files pdf.js has open in this thread (offerInflatedStreams). */
const offered = new Set<InflatedStreams>();

/**
 * Gives pdf.js the streams that measuring a file inflated (takeInflatedStreams in pdf-size.ts),
 * while it reads that file; returns what takes them back.
 */
export function offerInflatedStreams(streams: InflatedStreams | undefined): () => void {
  if (streams === undefined) return () => undefined;
  offered.add(streams);
  return () => offered.delete(streams);
}

/**
 * A stream already inflated whose deflate data `raw` begins with, found by where `raw` starts
 * (`at`). The whole deflate data is compared, not only its place: another file open
 * at the same time may have a stream there.
 */
function alreadyInflated(raw: Uint8Array, at: number): Uint8Array | null {
  for (const streams of offered) {
    const stream = streams.get(at);
    if (stream === undefined || stream.deflate.length > raw.length) continue;
    if (!Buffer.from(raw.buffer, raw.byteOffset, stream.deflate.length).equals(stream.deflate)) continue;
    // A copy, as zlib would give: pdf.js reads a page's contents again for its drawing.
    return new Uint8Array(stream.inflated);
  }
  return null;
}

/** Streams whose checksum alone fails, of the files pdf.js has open in this thread, with those pdf.js has read (watchChecksumFailures). */
const watched = new Map<ChecksumFailure[], Set<ChecksumFailure>>();

/**
 * Notes which of a file's streams that fail their checksum pdf.js reads while it reads that file;
 * `read` gives those read since it was last asked, `stop` ends the watch.
 */
export function watchChecksumFailures(failures: ChecksumFailure[]): { read: () => ChecksumFailure[]; stop: () => void } {
  const read = new Set<ChecksumFailure>();
  if (failures.length > 0) watched.set(failures, read);
  return {
    read: () => {
      const since = [...read];
      read.clear();
      return since;
    },
    stop: () => void watched.delete(failures),
  };
}

/** Notes a read of a stream being watched: found by where `raw` starts, and its bytes (another file open may have a stream there). */
function noteChecksumFailure(raw: Uint8Array, at: number): void {
  for (const [failures, read] of watched) {
    for (const failure of failures) {
      const length = Math.min(failure.deflate.length, raw.length, 4096);
      if (failure.at === at && Buffer.from(raw.buffer, raw.byteOffset, length).equals(failure.deflate.subarray(0, length))) read.add(failure);
    }
  }
}

/**
 * A Flate stream's data after its two-byte header, inflated by zlib to the end of its last block
 * (what follows, the checksum or junk, is not read, as pdf.js does not), or null where zlib
 * stops short of it or the result would pass the decoded-size limit (which the file's streams
 * were measured against before pdf.js opened it). A thread being stopped leaves it to pdf.js.
 * `at` is where `raw` starts in its stream: one the decoded-size check inflated is not inflated again.
 */
function inflateWhole(raw: Uint8Array, at: number): Uint8Array | null {
  if (watched.size > 0) noteChecksumFailure(raw, at);
  const inflated = alreadyInflated(raw, at);
  if (inflated !== null) return inflated;
  return withoutStoppingNow(() => {
    try {
      // A copy, so that pdf.js has a plain Uint8Array of its own (not a Buffer, nor a view of a pool).
      return new Uint8Array(inflateRawSync(raw, { maxOutputLength: DECODED_LIMITS.total }));
    } catch {
      return null;
    }
  }, () => null);
}

/**
 * The pieces of pdf.js as this process compiles them: from the build's scripts where they were
 * made from these very sources (and are intact), else patched and wrapped here.
 */
function pieces(scriptsFile = pdfjsScriptsFile): Piece[] {
  const stored = readScripts(scriptsFile);
  return publishedPieces().map(({ name, file, source, read, wrap }) => {
    const script = stored.get(name);
    if (script?.source === source) return { name, file, text: script.text, textId: `built:${script.hash}` };
    // Read again, and named by the hash of what is wrapped (the file may have changed since).
    const bytes = read();
    return { name, file, text: wrap(bytes.toString('utf8'), file), textId: `patched:${sourceHash(bytes)}` };
  });
}

/**
 * What a piece's script is made from: pdf.js's file, with the text of this module (the wrapping
 * code) and the patches. This module's file, not its functions' text: the command line's bundle
 * (src/start.ts) holds the same code printed otherwise, and must find the same cache. Hashing the
 * file costs a tenth of hashing the script (10-15 ms).
 */
function sourceHash(file: string | Uint8Array): string {
  const hash = createHash('sha256');
  // Read only to be hashed (as where the build's script is current): a chunk at a time.
  if (typeof file === 'string') updateWithFile(hash, file);
  else hash.update(file);
  return updateWithFile(hash, new URL(import.meta.url)).update(JSON.stringify([PDFJS_PATCHES, PDFJS_ADDITIONS])).digest('hex');
}

/** The two files of pdf.js as published, each with the hash of what its script is made from, a reader of its bytes and how it is wrapped. */
function publishedPieces(): Array<{ name: PieceName; file: string; source: string; read: () => Buffer; wrap: (code: string, file: string) => string }> {
  // The 'require' condition of pdf-parse's exports: its CommonJS build, beside which it ships pdf.js's worker.
  const displayFile = createRequire(import.meta.url).resolve('pdf-parse');
  const workerFile = join(dirname(displayFile), 'pdf.worker.mjs');
  const piece = (name: PieceName, file: string, wrap: (code: string, file: string) => string) => ({ name, file, source: sourceHash(file), read: () => readFileSync(file), wrap });
  return [piece('display', displayFile, asCommonJs), piece('worker', workerFile, asScript)];
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

interface ScriptsHeader {
  entries: Array<{ name: PieceName; source: string; text: string; length: number }>;
}

/**
 * A file the build wrote as a JSON header line and the blobs it lists: the header and each blob
 * whose bytes are intact (its length and sha256 as its entry says), or null for a file that is
 * missing or damaged. The blobs hold until the next file is read through (readThrough).
 */
function readBlobFile<H extends { entries: Array<{ length: number }> }>(file: string, hashOf: (entry: H['entries'][number]) => string): { header: H; intact: Array<{ entry: H['entries'][number]; data: Buffer }> } | null {
  let bytes: Buffer;
  try {
    // Read through: the scripts become strings at once, and the code cache is compiled from before another file is read.
    bytes = readThrough(file);
  } catch {
    return null;
  }
  try {
    const newline = bytes.indexOf(10);
    const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as H;
    const intact: Array<{ entry: H['entries'][number]; data: Buffer }> = [];
    let offset = newline + 1;
    for (const entry of header.entries) {
      const data = bytes.subarray(offset, offset + entry.length);
      offset += entry.length;
      if (data.length === entry.length && sha256(data) === hashOf(entry)) intact.push({ entry, data });
    }
    return { header, intact };
  } catch {
    return null;
  }
}

/**
 * The build's script of each piece whose bytes are intact, with the source it was made from; a
 * file that is missing or damaged gives nothing. Read as Latin-1: the build wrote ASCII, which
 * Node decodes by copying (as UTF-8, the 1.6 MB of pdf.js took 15-20 ms).
 */
function readScripts(file: string): Map<PieceName, { source: string; hash: string; text: string }> {
  const read = readBlobFile<ScriptsHeader>(file, (entry) => entry.text);
  return new Map((read?.intact ?? []).map(({ entry, data }) => [entry.name, { source: entry.source, hash: entry.text, text: data.toString('latin1') }]));
}

/**
 * For the build: writes each piece's script, patched and wrapped as loadPdfJs would, with
 * `toAscii` applied (the same script in ASCII, or null where it cannot say so: that piece is left
 * out, and patched as it loads).
 */
export function writePdfJsScripts(toAscii: (script: string) => string | null, file = pdfjsScriptsFile): Array<{ name: PieceName; bytes: number | null }> {
  const header: ScriptsHeader = { entries: [] };
  const blobs: Buffer[] = [];
  const written: Array<{ name: PieceName; bytes: number | null }> = [];
  for (const { name, file: from, read, wrap } of publishedPieces()) {
    const bytes = read();
    const source = sourceHash(bytes);
    const text = toAscii(wrap(bytes.toString('utf8'), from));
    if (text === null || !/^[\x00-\x7f]*$/.test(text)) {
      written.push({ name, bytes: null });
      continue;
    }
    const data = Buffer.from(text, 'latin1');
    blobs.push(data);
    header.entries.push({ name, source, text: sha256(data), length: data.length });
    written.push({ name, bytes: data.length });
  }
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...blobs]));
  renameSync(temporary, file);
  return written;
}

interface CacheHeader {
  v8: string;
  entries: Array<{ name: PieceName; textId: string; data: string; length: number }>;
}

/**
 * The cached code of each piece whose text is the one it was made from, for this V8. V8 itself
 * checks only the length of the source, so a changed pdf.js of the same length would run stale
 * code: each piece's text is named by a hash (textId). A cache that is missing, stale or damaged gives nothing.
 */
function readCodeCache(file: string, texts: Piece[]): Map<PieceName, Buffer> {
  const found = new Map<PieceName, Buffer>();
  const read = readBlobFile<CacheHeader>(file, (entry) => entry.data);
  if (read === null || read.header.v8 !== process.versions.v8) return found;
  for (const { entry, data } of read.intact) {
    const piece = texts.find((candidate) => candidate.name === entry.name);
    if (piece && piece.textId === entry.textId) found.set(entry.name, data);
  }
  return found;
}

/**
 * pdf.js's display layer requires @napi-rs/canvas as it loads, a native module it needs only to
 * draw pages, which jtai never does; reading its 30 MB binary cost a one-letter run 17-30 ms of
 * CPU and 50-100 ms. It is given a `process` whose module loader refuses that one module, as if it
 * were not installed (see standInForCanvas in pdf.ts); anything else goes to the real one.
 */
function processWithoutCanvas(): NodeJS.Process {
  const requireWithoutCanvas = (from: string | URL): NodeJS.Require => {
    const real = createRequire(from);
    const refusing = (id: string) => {
      if (id === '@napi-rs/canvas') throw new Error('jtai does not load @napi-rs/canvas: it never draws pages');
      return real(id);
    };
    return Object.assign(refusing, { resolve: real.resolve, cache: real.cache, main: real.main, extensions: real.extensions });
  };
  const getBuiltinModule = (id: string): unknown => {
    const builtin = process.getBuiltinModule(id);
    return id === 'module' || id === 'node:module' ? Object.assign(Object.create(builtin as object), { createRequire: requireWithoutCanvas }) : builtin;
  };
  return new Proxy(process, {
    get(target, key) {
      if (key === 'getBuiltinModule') return getBuiltinModule;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Compiles and runs pdf-parse and pdf.js's worker, once a process (or thread). */
export function loadPdfJs(cacheFile = codeCacheForThisProcess(), scriptsFile = pdfjsScriptsFile): PdfJs {
  const all = pieces(scriptsFile);
  const cached = readCodeCache(cacheFile, all);
  const scripts = new Map<PieceName, { piece: Piece; script: vm.Script }>();
  const fromCache: PieceName[] = [];
  const run = (piece: Piece): Function => {
    const cachedData = cached.get(piece.name);
    const script = new vm.Script(piece.text, { filename: piece.file, ...(cachedData ? { cachedData } : {}) });
    if (cachedData && !script.cachedDataRejected) fromCache.push(piece.name);
    scripts.set(piece.name, { piece, script });
    return script.runInThisContext() as Function;
  };
  const [display, worker] = all as [Piece, Piece];
  const module = { exports: {} };
  const uncopied = new WeakSet<object>();
  run(display)(module.exports, createRequire(display.file), module, display.file, dirname(display.file), processWithoutCanvas(), uncopied);
  const WorkerMessageHandler = run(worker)(pathToFileURL(worker.file).href, inflateWhole, glyphLocationsInOrder, uncopied, noteContentDamage);
  loaded = { scripts, fromCache, builtScripts: all.filter((piece) => piece.textId.startsWith('built:')).map((piece) => piece.name) };
  return { pdfParse: module.exports as typeof import('pdf-parse'), worker: { WorkerMessageHandler } };
}

/** Which pieces of pdf.js this process compiled from the code cache (for tests). */
export function pdfjsFromCache(): PieceName[] {
  return loaded ? [...loaded.fromCache] : [];
}

/** Which pieces of pdf.js this process read from the build's scripts rather than patched as they loaded (for tests). */
export function pdfjsBuiltScripts(): PieceName[] {
  return loaded ? [...loaded.builtScripts] : [];
}

/**
 * Writes the code cache of the pdf.js loaded in this process. Made after reading letters, it
 * holds the functions they ran, compiled, not only the code that runs at load.
 */
export function writePdfJsCodeCache(file = codeCacheForThisProcess()): { bytes: number } {
  if (!loaded) throw new Error('pdf.js is not loaded: read a letter first');
  const blobs: Buffer[] = [];
  const header: CacheHeader = { v8: process.versions.v8, entries: [] };
  for (const { piece, script } of loaded.scripts.values()) {
    const data = script.createCachedData();
    blobs.push(data);
    header.entries.push({ name: piece.name, textId: piece.textId, data: sha256(data), length: data.length });
  }
  const bytes = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...blobs]);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
  return { bytes: bytes.length };
}
