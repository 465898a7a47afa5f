import type { Framework } from '../framework.js';
import { loadFramework } from '../load.js';
import { permenpanrb90of2021 } from './permenpanrb-90-2021/index.js';

/** Every framework version the product knows, validated at import: a broken one fails loudly here. */
export const FRAMEWORKS: ReadonlyMap<string, Framework> = new Map(
  [permenpanrb90of2021].map((data) => [data.code, loadFramework(data)]),
);

export const DEFAULT_FRAMEWORK_CODE = permenpanrb90of2021.code;

export function getFramework(code: string): Framework | undefined {
  return FRAMEWORKS.get(code);
}

/** For code that pins a framework (an assessment, a test): an unknown code is a programming error. */
export function requireFramework(code: string): Framework {
  const framework = FRAMEWORKS.get(code);
  if (!framework) throw new Error(`unknown LKE framework "${code}"`);
  return framework;
}
