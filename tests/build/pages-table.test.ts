import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, tempDir } from '../helpers/build.ts';
import { ROOT, SOURCES } from '../helpers/content.ts';

/** A copy of the project to change code in: its sources and settings, the real node_modules linked. */
function copyOfProject(): string {
  const dir = tempDir('project');
  for (const path of [
    'src',
    'scripts',
    'content',
    'public',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ])
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('the table of pages', () => {
  it('puts a new page, one row and its route, in the header, the sitemap and the preview cards', () => {
    const project = copyOfProject();
    const pages = join(project, 'src/lib/pages.ts');
    const table = readFileSync(pages, 'utf8');
    const row =
      "  about: { path: '/about/', title: 'data.title', intro: 'data.intro', nav: 'nav.data', template: 'about' },\n";
    expect(table).toContain('  notFound: {');
    writeFileSync(pages, table.replace('  notFound: {', `${row}  notFound: {`));
    mkdirSync(join(project, 'src/pages/[...lang]/about'));
    writeFileSync(
      join(project, 'src/pages/[...lang]/about/index.astro'),
      [
        '---',
        "import PageLayout from '../../../layouts/PageLayout.astro';",
        "import { PAGES } from '../../../lib/pages.ts';",
        "import { languagePaths } from '../../../lib/routes.ts';",
        "import { t } from '../../../i18n/index.ts';",
        'export const getStaticPaths = () => languagePaths();',
        'const { lang } = Astro.props;',
        'const page = PAGES.about;',
        '---',
        '<PageLayout lang={lang} path={page.path} title={t(lang, page.title)} description={t(lang, page.intro)}>',
        '  <h1>{t(lang, page.title)}</h1>',
        '</PageLayout>',
      ].join('\n'),
    );
    const site = build({ cwd: project, sourcesDir: SOURCES });
    expect(site.status, site.output).toBe(0);
    const read = (file: string) => readFileSync(join(site.outDir, file), 'utf8');
    for (const prefix of ['', 'id/']) {
      const header = /<header[\s\S]*?<\/header>/.exec(read(`${prefix}cases/index.html`))![0];
      expect(header).toContain(`href="/${prefix}about/"`);
      expect(read('sitemap-0.xml')).toContain(`/${prefix}about/</loc>`);
      expect(existsSync(join(site.outDir, `${prefix}og/about.png`))).toBe(true);
    }
  });
});
