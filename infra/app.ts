// CDK entry point (cdk.json runs it with tsx): one stage of the U4SSC pilot workflow, checked by cdk-nag on synth.
import { App } from 'aws-cdk-lib';
import { addNagChecks } from './nag.ts';
import { buildStage } from './stages.ts';

const app = new App();
buildStage(app);
addNagChecks(app);
app.synth();
