import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ROOT } from '../../scripts/lib/copy-project.ts';

/** The keys GitHub Actions reads, at each level of a workflow (docs.github.com, "Workflow syntax for GitHub Actions"). */
const WORKFLOW_KEYS = ['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs'];
const JOB_KEYS = [
	'name',
	'permissions',
	'needs',
	'if',
	'runs-on',
	'environment',
	'concurrency',
	'outputs',
	'env',
	'defaults',
	'steps',
	'timeout-minutes',
	'strategy',
	'continue-on-error',
	'container',
	'services',
	'uses',
	'with',
	'secrets',
];
const STEP_KEYS = ['id', 'if', 'name', 'uses', 'run', 'working-directory', 'shell', 'with', 'env', 'continue-on-error', 'timeout-minutes'];
/** The events these workflows may start on. */
const EVENTS = ['push', 'pull_request', 'pull_request_target', 'workflow_dispatch', 'schedule', 'release', 'workflow_call', 'workflow_run', 'merge_group'];
const PERMISSIONS = [
	'actions',
	'attestations',
	'checks',
	'contents',
	'deployments',
	'discussions',
	'id-token',
	'issues',
	'models',
	'packages',
	'pages',
	'pull-requests',
	'repository-projects',
	'security-events',
	'statuses',
];

interface Step {
	id?: string;
	name?: string;
	uses?: string;
	run?: string;
	env?: Record<string, string>;
	with?: Record<string, unknown>;
}
interface Job {
	'runs-on': string;
	steps: Step[];
	[key: string]: unknown;
}
interface Workflow {
	name: string;
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	jobs: Record<string, Job>;
	[key: string]: unknown;
}

/** The YAML of a workflow: parsed with no error or warning, or the test fails naming them. */
function readWorkflow(file: string): Workflow {
	const document = parseDocument(readFileSync(file, 'utf8'));
	expect(
		[...document.errors, ...document.warnings].map((problem) => problem.message),
		file,
	).toEqual([]);
	return document.toJS() as Workflow;
}

/** Every way a workflow breaks GitHub Actions' syntax, as "where: what". */
function lintWorkflow(workflow: Workflow): string[] {
	const found: string[] = [];
	const unknown = (where: string, value: object, allowed: string[]) => {
		for (const key of Object.keys(value)) if (!allowed.includes(key)) found.push(`${where}: unknown key "${key}"`);
	};
	unknown('workflow', workflow, WORKFLOW_KEYS);
	if (typeof workflow.name !== 'string') found.push('workflow: no name');
	if (!workflow.on || typeof workflow.on !== 'object') found.push('workflow: no "on" events');
	else unknown('on', workflow.on, EVENTS);
	for (const [scope, access] of Object.entries(workflow.permissions ?? {})) {
		if (!PERMISSIONS.includes(scope) || !['read', 'write', 'none'].includes(access)) found.push(`permissions: "${scope}: ${access}"`);
	}
	if (!workflow.jobs || !Object.keys(workflow.jobs).length) found.push('workflow: no jobs');
	for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
		if (!/^[A-Za-z_][\w-]*$/.test(id)) found.push(`jobs: "${id}" is not a job id`);
		unknown(`jobs.${id}`, job, JOB_KEYS);
		if (typeof job['runs-on'] !== 'string') found.push(`jobs.${id}: no runs-on`);
		if (!Array.isArray(job.steps) || !job.steps.length) found.push(`jobs.${id}: no steps`);
		(job.steps ?? []).forEach((step, index) => {
			const where = `jobs.${id}.steps[${index}]`;
			unknown(where, step, STEP_KEYS);
			if ((step.uses === undefined) === (step.run === undefined)) found.push(`${where}: needs exactly one of uses and run`);
			if (step.uses !== undefined && !/^[\w.-]+\/[\w./-]+@[\w.-]+$/.test(step.uses)) found.push(`${where}: "${step.uses}" is not owner/action@version`);
		});
		const ids = (job.steps ?? []).map((step) => step.id).filter(Boolean);
		if (new Set(ids).size !== ids.length) found.push(`jobs.${id}: two steps with the same id`);
	}
	return found;
}

const TEMPLATE_WORKFLOWS = join(ROOT, 'packages/create-sharing-care/template/.github/workflows');
/** This repository's workflows and a new site's, each by its path from the root. */
const WORKFLOW_FILES = [join(ROOT, '.github/workflows'), TEMPLATE_WORKFLOWS].flatMap((dir) =>
	readdirSync(dir)
		.filter((file) => file.endsWith('.yml'))
		.map((file) => join(dir, file)),
);

/** What a workflow's steps run, in order. */
const runsOf = (workflow: Workflow) =>
	Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run).filter((run): run is string => Boolean(run)));

describe('every workflow, this repository’s and a new site’s', () => {
	it('includes the pull-request checks', () => {
		expect(WORKFLOW_FILES.map((file) => file.slice(ROOT.length + 1))).toEqual(
			expect.arrayContaining(['.github/workflows/check.yml', 'packages/create-sharing-care/template/.github/workflows/check.yml']),
		);
	});

	for (const file of WORKFLOW_FILES) {
		it(`keeps to GitHub Actions' syntax: ${file.slice(ROOT.length + 1)}`, () => {
			expect(lintWorkflow(readWorkflow(file))).toEqual([]);
		});
	}

	it('finds the mistakes it is there to find', () => {
		const broken = {
			name: 'x',
			on: { pull_requests: null },
			permissions: { contents: 'readwrite' },
			jobs: { test: { 'runs-on': 'ubuntu-latest', step: [], steps: [{ run: 'npm test', uses: 'actions/checkout@v5', with_: {} }] } },
		};
		expect(lintWorkflow(broken as unknown as Workflow)).toEqual([
			'on: unknown key "pull_requests"',
			'permissions: "contents: readwrite"',
			'jobs.test: unknown key "step"',
			'jobs.test.steps[0]: unknown key "with_"',
			'jobs.test.steps[0]: needs exactly one of uses and run',
		]);
	});
});

describe('the pull-request check (.github/workflows/check.yml)', () => {
	const workflow = readWorkflow(join(ROOT, '.github/workflows/check.yml'));
	const template = readWorkflow(join(TEMPLATE_WORKFLOWS, 'check.yml'));
	const scripts = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

	it('runs on every pull request, and on demand, reading the repository only', () => {
		for (const one of [workflow, template]) {
			expect(Object.keys(one.on).sort()).toEqual(['pull_request', 'workflow_dispatch']);
			expect(one.permissions).toEqual({ contents: 'read' });
		}
	});

	it('here: installs with npm install, then the content check with its annotations, then the build', () => {
		expect(runsOf(workflow)).toEqual(['npm install --no-audit --no-fund', 'npm run check -- --format github', 'npm run build']);
		expect(scripts(ROOT)).toMatchObject({ check: 'sharing-care check', build: 'sharing-care build' });
	});

	it('in a new site: the content check with its annotations, then the build and the site’s own tests', () => {
		expect(runsOf(template)).toEqual(['npm install --no-audit --no-fund', 'npm run check -- --format github', 'npm test']);
		expect(scripts(join(ROOT, 'packages/create-sharing-care/template'))).toMatchObject({ check: 'sharing-care check', test: 'sharing-care test' });
		const test = Object.values(template.jobs)
			.flatMap((job) => job.steps)
			.find((step) => step.run === 'npm test');
		expect(test?.env).toMatchObject({ CHROME_PATH: '/usr/bin/google-chrome' });
	});

	it('uses the same Node as the site and its publishing workflow', () => {
		const nodeOf = (one: Workflow) =>
			Object.values(one.jobs)
				.flatMap((job) => job.steps)
				.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version'];
		const deploy = readWorkflow(join(ROOT, '.github/workflows/deploy.yml'));
		expect(nodeOf(workflow)).toBe(24);
		expect(nodeOf(template)).toBe(nodeOf(deploy));
	});
});
