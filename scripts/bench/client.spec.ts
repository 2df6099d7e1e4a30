import { entryScripts, staticImports } from './client.js';

describe(entryScripts.name, () => {
  it('should return the module entry and the modulepreload links when the page has both', () => {
    const html = `<head><script type="module" crossorigin src="/assets/main-1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/shared-2.js">
      <link rel="stylesheet" href="/assets/main.css"><script src="/legacy.js"></script></head>`;
    expect(entryScripts(html)).toEqual(['/assets/main-1.js', '/assets/shared-2.js']);
  });
});

describe(staticImports.name, () => {
  it('should keep static imports and re-exports but not lazy import() chunks when reading a built module', () => {
    const code =
      'import{a as e,i as t}from"./follow-up-code-C.js";import"./side.js";export{x}from"./re.js";' +
      'const l=()=>__vitePreload(()=>import("./end-screen-D.js"),[]);let n=1;';
    expect(staticImports(code)).toEqual(['./follow-up-code-C.js', './side.js', './re.js']);
  });
});
