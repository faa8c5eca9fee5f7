/**
 * Puts the files a portal self-hosts into the build, under `selfhost/`: the `<gk-report>` bundle, the
 * engine file it loads for `show-findings`, and a README saying what goes where. Taken from the
 * components' build (`dist/cdn/`, made first by turbo's `^build`); built here when it is missing, so
 * `vite build` alone still ships them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const SELF_HOST_FILES = ['gk-report.js', 'gk-report-engine.js'] as const;

const components = fileURLToPath(new URL('../../../packages/components/', import.meta.url));

const readme = `政府信息公开工作年度报告 <gk-report> 自行部署文件
==============================================

1. 把 gk-report.js 和 gk-report-engine.js 两个文件放在门户网站的同一个目录，例如 /gongkai/。
   gk-report-engine.js 是核对程序：页面用 show-findings 标出问题时才载入，必须与 gk-report.js 同目录。
2. 在页面模板（不是文章正文）中加入一次：
     <script type="module" src="/gongkai/gk-report.js"></script>
   TRS WCM、海云等内容管理系统会从文章正文中删去 <script> 和不认识的标签：请加在栏目或细览模板里。
3. 在文章正文中放报告：
     <gk-report lang="zh-CN"><script type="application/json">…报告 JSON…</script></gk-report>
   或 <gk-report src="/gongkai/report-2025.json"></gk-report>。
4. 正文连 <gk-report> 也会被删去时：在演示站“导出”页下载“独立 HTML 网页”，上传到网站，
   在正文中用 iframe 引用：
     <iframe src="/gongkai/report-2025.html" title="政府信息公开工作年度报告" style="width:100%;height:80vh;border:0"></iframe>
`;

export function selfHost(): Plugin {
  return {
    name: 'gk-self-host',
    apply: 'build',
    async generateBundle() {
      let dir = join(components, 'dist', 'cdn');
      let temp: string | undefined;
      if (!SELF_HOST_FILES.every((f) => existsSync(join(dir, f)))) {
        temp = mkdtempSync(join(tmpdir(), 'gongkai-selfhost-'));
        const { buildCdn } = (await import(join(components, 'scripts', 'build.mjs'))) as {
          buildCdn(outDir: string): Promise<void>;
        };
        await buildCdn(temp);
        dir = temp;
      }
      try {
        for (const file of SELF_HOST_FILES)
          this.emitFile({
            type: 'asset',
            fileName: `selfhost/${file}`,
            source: readFileSync(join(dir, file)),
          });
        this.emitFile({ type: 'asset', fileName: 'selfhost/README.txt', source: readme });
      } finally {
        if (temp) rmSync(temp, { recursive: true, force: true });
      }
    },
  };
}
