// Precompiles specs/meta-schema.json into dist/schema/meta-validator.cjs with Ajv's standalone
// code generation, so the CLI does not compile the meta-schema at every start. The file records
// the meta-schema's sha256; src/registry/load.ts uses it only when the hash still matches.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';

const standaloneCode = standaloneModule.default ?? standaloneModule;
const { SPEC_KEYWORDS, ATTRIBUTE_KEYWORDS } = await import('../dist/schema/ajv.js');

const bytes = readFileSync(new URL('../specs/meta-schema.json', import.meta.url));
const sha256 = createHash('sha256').update(bytes).digest('hex');
const schema = JSON.parse(bytes.toString('utf8'));
delete schema.$id;

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, code: { source: true } });
for (const k of [...SPEC_KEYWORDS, ...ATTRIBUTE_KEYWORDS]) ajv.addKeyword({ keyword: k });
const code = standaloneCode(ajv, ajv.compile(schema));

mkdirSync(new URL('../dist/schema/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/schema/meta-validator.cjs', import.meta.url), `${code}\nmodule.exports.sha256 = ${JSON.stringify(sha256)};\n`);
