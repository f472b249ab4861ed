'use strict';
// Prints one section of a stage file (infra/stages/<stage>.json) as cfn-lint --parameters wants it:
// key=value,key=value with commas inside values escaped. Empty values are left out, so the template's default
// applies, as it does when the deploy command in README.md drops them.
// Usage: node stage-parameters.js <stage file> <section (template name without .yaml)>
const path = require('path');

const [file, section] = process.argv.slice(2);
const values = require(path.resolve(file))[section];
if (!values) {
	console.error(`no "${section}" section in ${file}`);
	process.exit(1);
}
console.log(Object.entries(values)
	.filter(([, value]) => value !== '')
	.map(([key, value]) => `${key}=${String(value).replace(/,/g, '\\,')}`)
	.join(','));
