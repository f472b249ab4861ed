'use strict';
// Preloaded into cfn-lint (node --require): merges cfn-spec-supplement.json into the resource specification that
// cfn-lint 1.9.7 ships (March 2019), before any template is read. cfn-lint has no option to ignore a check or to
// load another specification, and it reports every resource type or property AWS added since then as critical.
// This adds exactly the types and properties listed in the supplement, so they are validated like the rest.
const path = require('path');

const awsData = require(require.resolve('cfn-lint/lib/awsData', { paths: [path.join(__dirname, '..')] }));
const supplement = require('./cfn-spec-supplement.json');

function merge(section) {
	const target = awsData.awsResources[section];
	for (const [name, addition] of Object.entries(supplement[section] || {})) {
		const existing = target[name];
		if (!existing) {
			target[name] = addition;
			continue;
		}
		existing.Properties = Object.assign(existing.Properties || {}, addition.Properties);
		if (addition.Attributes) {
			existing.Attributes = Object.assign(existing.Attributes || {}, addition.Attributes);
		}
	}
}

merge('ResourceTypes');
merge('PropertyTypes');
