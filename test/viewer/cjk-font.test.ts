// The control for the viewer's "labels are Chinese, not boxes" check (viewer.e2e.test.ts): the
// same check, in the same Chromium, with every CJK font hidden from fontconfig, must report
// boxes. Were it to pass here too, it would prove nothing there.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { cjkGlyphCheck, launchChromium, platformFonts } from './helpers';

const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** fontconfig files that cover Chinese on this machine (fonts-noto-cjk: NotoSansCJK-*.ttc). */
function cjkFontFiles(): string[] {
  const out = execFileSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8' });
  return [...new Set(out.split('\n').map((l) => l.replace(/:\s*$/, '').trim()).filter(Boolean))];
}

let tmp: string;
let browser: Browser;

beforeAll(async () => {
  const cjk = cjkFontFiles();
  // the test means something only where a CJK font is installed (CI installs fonts-noto-cjk)
  expect(cjk.length).toBeGreaterThan(0);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-nocjk-'));
  const conf = path.join(tmp, 'fonts.conf');
  fs.writeFileSync(
    conf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <dir>/usr/local/share/fonts</dir>
  <cachedir>${tmp}/cache</cachedir>
  <selectfont><rejectfont>
${cjk.map((f) => `    <glob>${f}</glob>`).join('\n')}
  </rejectfont></selectfont>
</fontconfig>
`,
  );
  browser = await launchChromium({ env: { ...process.env, FONTCONFIG_FILE: conf } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

it('without a CJK font, the glyph check sees boxes and Chromium uses no Noto CJK', async () => {
  const page = await browser.newPage();
  await page.setContent(`<p id="name" style='font: 32px ${LABEL_FONT}'>沈晓明</p>`);
  const check = await cjkGlyphCheck(page, LABEL_FONT);
  expect(check.ink).toBeGreaterThan(0); // something was drawn: the boxes
  expect(check.differ && check.notTofu).toBe(false);
  const fonts = await platformFonts(page, '#name');
  expect(fonts.some((f) => /CJK/.test(f.familyName))).toBe(false);
  await page.close();
});
