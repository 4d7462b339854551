// The installer configuration ships every file the packaged app reads at run time, with the
// Electron fuses that turn off running as plain Node, NODE_OPTIONS and inspector arguments.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const config = JSON.parse(read('electron-builder.json')) as {
  files: string[];
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
};
const pkg = JSON.parse(read('package.json')) as {
  main: string;
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};

/** The part of a glob before its first wildcard. */
const prefix = (glob: string) =>
  glob.slice(0, glob.search(/[*?[{]/) === -1 ? undefined : glob.search(/[*?[{]/));

describe('packaging', () => {
  it("is valid for electron-builder's own schema", async () => {
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (c: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds AppImage and deb, dmg, and NSIS, with the app icon', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    for (const icon of [config.linux.icon, config.mac.icon, config.win.icon]) {
      const png = readFileSync(join(root, icon));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    }
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.json');
  });

  it('sets the fuses: no ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, no --inspect, app only from the asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('ships the built main process, preload and renderer the app starts from', () => {
    expect(pkg.main).toBe('./out/main/index.js');
    const included = (path: string) => config.files.some((glob) => path.startsWith(prefix(glob)));
    expect(included('out/main/index.js')).toBe(true);
    // The window loads its preload relative to the main bundle.
    expect(read('src/main/electron/index.ts')).toContain("join(import.meta.dirname, '../preload/index.cjs')");
    expect(included('out/preload/index.cjs')).toBe(true);
    expect(included('out/renderer/index.html')).toBe(true);
  });

  it('bundles every migration into the main process', () => {
    const source = read('src/main/core/db/migrations.ts');
    expect(source).toContain("import.meta.glob('../../../../migrations/*.sql'");
    expect(source).toMatch(/eager: true/);
    // The folder holds the SQLite migrations and, in postgres/, the team server's (bundled by its own runner).
    const entries = readdirSync(join(root, 'migrations'), { withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))).toBe(true);
    expect(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)).toEqual(['postgres']);
    expect(read('src/main/server/db/migrations.ts')).toContain(
      "import.meta.glob('../../../../migrations/postgres/*.sql'",
    );
    const postgres = readdirSync(join(root, 'migrations', 'postgres'));
    expect(postgres.every((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))).toBe(true);
  });

  it('ships the better-sqlite3 build for Electron where the packaged app looks for it', () => {
    expect(config.npmRebuild).toBe(false);
    const resource = config.extraResources.find((r) => r.to === 'native/better_sqlite3.node');
    expect(resource?.from).toBe('.native/electron/better_sqlite3.node');
    expect(read('src/main/electron/index.ts')).toContain(
      "join(process.resourcesPath, 'native', 'better_sqlite3.node')",
    );
    expect(read('scripts/ensure-electron.mjs')).toContain("join(nativeDir, 'better_sqlite3.node')");
  });

  it('ships the PDF fonts as real files from a production dependency', () => {
    const fonts = [...read('src/main/core/pdf/fonts.ts').matchAll(/require\.resolve\('([^']+\.ttf)'\)/g)].map(
      (m) => m[1] ?? '',
    );
    expect(fonts.length).toBeGreaterThanOrEqual(5);
    for (const font of fonts) {
      const packageName = font.split('/').slice(0, 2).join('/');
      expect(pkg.dependencies[packageName], font).toBeDefined();
      expect(existsSync(join(root, 'node_modules', font)), font).toBe(true);
      expect(
        config.asarUnpack.some(
          (glob) => `node_modules/${font}`.startsWith(prefix(glob)) && glob.endsWith('.ttf'),
        ),
        font,
      ).toBe(true);
    }
  });
});
