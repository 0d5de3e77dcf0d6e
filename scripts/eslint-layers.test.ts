import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rule of eslint.config.js, run on small sources under made-up paths (the files need not exist).
const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('the layer rule', { timeout: 30_000 }, () => {
  it('fails a store/ file that imports a screen', async () => {
    const errors = await layerErrors('src/store/example.ts', "import { x } from '../ui/x';\nexport const y = x;\n");
    expect(errors).toEqual([expect.stringContaining('store/ imports nothing of the app')]);
  });

  it('fails a ui/ file that imports store/, at any depth', async () => {
    const code = "import type { Story } from '../store/schema';\nexport const title = (s: Story) => s.title;\n";
    expect(await layerErrors('src/ui/Example.tsx', code)).toEqual([expect.stringContaining('never store/')]);
    expect(await layerErrors('src/ui/stories/Example.tsx', code.replace('../store', '../../store'))).toHaveLength(1);
  });

  it('fails a dynamic import against the layers', async () => {
    const code = "export const load = () => import('../app/App');\n";
    expect(await layerErrors('src/practice/example.ts', code)).toEqual([expect.stringContaining('never the screens')]);
  });

  it('lets imports that follow the arrows through', async () => {
    expect(await layerErrors('src/ui/Example.tsx', "import type { Story } from '../practice/types';\nexport const t = (s: Story) => s.title;\n")).toEqual([]);
    expect(await layerErrors('src/practice/example.ts', "import type { Story } from '../store/schema';\nexport const t = (s: Story) => s.title;\n")).toEqual(
      [],
    );
    expect(
      await layerErrors('src/store/example.ts', "import { FRAMEWORK_IDS } from '../shared/frameworks';\nexport const n = FRAMEWORK_IDS.length;\n"),
    ).toEqual([]);
  });
});
