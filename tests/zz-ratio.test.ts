import { it } from 'vitest';
import { buildPdf, gapsApartPage, labelsPage, textPage } from './hostile.js';
import { parseSource } from '../src/parse.js';
const OPENING = ['Joint targeted area inspection of the multi-agency response to abuse and neglect in Testshire', 'Summary', 'This is a finding.'];
async function cpu(file: string, bytes: Uint8Array) { const s = process.cpuUsage(); await parseSource({ file, bytes }); const u = process.cpuUsage(s); return (u.user + u.system) / 1e6; }
it('ratios', async () => {
  for (const [name, build] of [['gaps', (n: number) => buildPdf([textPage(OPENING), gapsApartPage(n, 'Key strengths'), gapsApartPage(n, 'Key strengths')])], ['labels', (n: number) => buildPdf([textPage(OPENING), labelsPage(n, 'Key strengths')])]] as const) {
    for (const n of [2000, 4000, 16000, 2000, 4000, 16000]) {
      const b = build(n); const a = await cpu('x.pdf', b); const c = await cpu('x.pdf', b);
      console.log(name, n, a.toFixed(2), c.toFixed(2));
    }
  }
}, 300000);
