// Renders every processes/*.bpmn to docs/img/<name>.png with bpmn-js in headless Debian Chromium.
// Usage: cd docs/tools && npm install && node render-bpmn.js   (needs /usr/bin/chromium)
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '..', '..');
const viewer = fs.readFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1800, height: 900 } });
  const only = process.argv.slice(2);
  for (const file of fs.readdirSync(path.join(root, 'processes')).filter(f => f.endsWith('.bpmn'))) {
    const name = file.replace(/\.bpmn$/, '');
    if (only.length && !only.includes(name)) continue;
    const xml = fs.readFileSync(path.join(root, 'processes', file), 'utf8');
    await page.setContent('<html><body style="margin:0;background:#fff"><div id="c" style="width:1800px;height:900px"></div></body></html>');
    await page.addScriptTag({ content: viewer });
    const size = await page.evaluate(async (x) => {
      const v = new BpmnJS({ container: '#c' });
      await v.importXML(x);
      const canvas = v.get('canvas');
      canvas.zoom('fit-viewport', 'auto');
      const box = canvas.viewbox();
      return { w: box.inner.width, h: box.inner.height };
    }, xml);
    const height = Math.min(900, Math.max(300, Math.round(1800 * size.h / Math.max(1, size.w)) + 40));
    await page.setViewportSize({ width: 1800, height });
    await page.evaluate(() => document.getElementById('c').style.height = window.innerHeight + 'px');
    await page.evaluate(async (x) => {
      document.getElementById('c').innerHTML = '';
      const v = new BpmnJS({ container: '#c' });
      await v.importXML(x);
      v.get('canvas').zoom('fit-viewport', 'auto');
    }, xml);
    const out = path.join(root, 'docs', 'img', name + '.png');
    await page.screenshot({ path: out });
    console.log('rendered', out);
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
