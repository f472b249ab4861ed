'use strict';
// Checks that the job queues of beanpress.yaml are the ones core/src/main/resources/beanpress/queues.properties
// defines (the single definition): same queues, visibility timeouts, receive counts, retention, DLQ names.
// Usage: node check-queues.js <template> <queues.properties>. Prints one line per finding; exit 1 on any mismatch.
const fs = require('fs');
const path = require('path');
const parser = require(require.resolve('cfn-lint/lib/parser', { paths: [path.join(__dirname, '..')] }));

// Queues in the template that are not job queues: the EB worker daemon's, for cron.yaml only
const NOT_JOB_QUEUES = new Set(['tasks', 'tasks-dlq']);

const [templatePath, propertiesPath] = process.argv.slice(2);
const properties = {};
for (const line of fs.readFileSync(propertiesPath, 'utf8').split('\n')) {
	const match = /^\s*([^#=\s][^=]*?)\s*=\s*(.*?)\s*$/.exec(line);
	if (match) properties[match[1]] = match[2];
}
const template = parser.openFile(templatePath);

// Logical id by queue suffix: QueueName is !Sub 'beanpress-${Stage}-<suffix>'
const bySuffix = {};
for (const [id, resource] of Object.entries(template.Resources || {})) {
	if (resource.Type !== 'AWS::SQS::Queue') continue;
	const name = resource.Properties && resource.Properties.QueueName;
	const match = name && typeof name['Fn::Sub'] === 'string' && /^beanpress-\$\{Stage\}-(.+)$/.exec(name['Fn::Sub']);
	if (match) bySuffix[match[1]] = id;
}

const problems = [];
const expect = (what, actual, wanted) => {
	if (String(actual) !== String(wanted)) problems.push(`${what} is ${actual}, queues.properties says ${wanted}`);
};
const queues = (properties.queues || '').split(',').map((q) => q.trim()).filter(Boolean);
if (queues.length === 0) problems.push(`no queues= line in ${propertiesPath}`);
for (const queue of queues) {
	const id = bySuffix[queue];
	const deadId = bySuffix[`${queue}-dlq`];
	if (!id || !deadId) {
		problems.push(`queue ${queue} or ${queue}-dlq is missing (QueueName !Sub 'beanpress-\${Stage}-${queue}[-dlq]')`);
		continue;
	}
	const main = template.Resources[id].Properties;
	const dead = template.Resources[deadId].Properties;
	expect(`${id} VisibilityTimeout`, main.VisibilityTimeout, properties[`${queue}.visibility-timeout-seconds`]);
	expect(`${id} MessageRetentionPeriod`, main.MessageRetentionPeriod, properties['retention-seconds']);
	expect(`${id} maxReceiveCount`, (main.RedrivePolicy || {}).maxReceiveCount, properties[`${queue}.max-receive-count`]);
	expect(`${id} dead-letter target`, JSON.stringify((main.RedrivePolicy || {}).deadLetterTargetArn),
		JSON.stringify({ 'Fn::GetAtt': [deadId, 'Arn'] }));
	expect(`${deadId} MessageRetentionPeriod`, dead.MessageRetentionPeriod, properties['dead-letter-retention-seconds']);
}
for (const suffix of Object.keys(bySuffix)) {
	const queue = suffix.replace(/-dlq$/, '');
	if (!NOT_JOB_QUEUES.has(suffix) && !queues.includes(queue)) {
		problems.push(`queue ${suffix} is in the template but not in queues.properties`);
	}
}

for (const problem of problems) console.log(`  queue mismatch: ${problem}`);
console.log(problems.length === 0
	? `  job queues match queues.properties (${queues.join(', ')})`
	: `  ${problems.length} queue mismatch(es)`);
process.exit(problems.length === 0 ? 0 : 1);
