import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { printSchemaSdl, schemaFiles } from './sdl.js';

/** Writes the SDL of both schemas into packages/schema; run after changing a type. */
for (const { name, path, build } of schemaFiles) {
  await writeFile(path, printSchemaSdl(await build()));
  console.log(`wrote ${name} schema to ${path}`);
}
