import { performance } from 'node:perf_hooks';
import type { AppConfig } from '../../../back-office/src/config/config';
import { KafkaRelayService } from '../../../back-office/src/messaging/kafka-relay.service';
import { ReadModelsService } from '../../../back-office/src/read-models/read-models.service';
import { describeStore, loadCliConfig, withBackOffice, type CliIo } from '../cli-context';
import { demoLoaderPorts } from './context-ports';
import { progressOn, type Progress } from '../progress';
import { loadDemoPortfolio, type DemoProgress } from './loader';
import { buildDemoPortfolio, type DemoPortfolioCounts } from './portfolio';

const n = (value: number) => value.toLocaleString('en');
const eur = (amount: string) =>
  amount.replace(
    /^(\d+)(\.\d{2})$/,
    (_, whole: string, cents: string) => `${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${cents}`,
  );

/** `loanbook demo`: loads the demo portfolio through the back office's command path. */
export async function runDemo(io: CliIo): Promise<void> {
  const config = loadCliConfig(io.env);
  const started = performance.now();
  const portfolio = buildDemoPortfolio();
  const where = describeStore(config);
  const base = `http://localhost:${config.port}`;
  const howToLook = [
    `Look at it: start the back office (npm start), mint a token`,
    `  export TOKEN=$(npm run -s token -- --sub eva --roles analyst)`,
    `then, with the header Authorization: Bearer $TOKEN,`,
    `  GET ${base}/api/v1/reports/winwin-monthly?from=2021-01&to=2021-05`,
    `  GET ${base}/api/v1/reports/approval-rates?productCode=impulskrediet`,
    `  GET ${base}/api/v1/loans?productCode=winwinlening&limit=20`,
    `  GET ${base}/api/v1/reports/portfolio?asOf=${portfolio.lifecycle.today}`,
    `or write the analysts' report (from the running back office, or from the store when it is stopped),`,
    `as of the seed's last day and as of the demo's today:`,
    `  npm run report -- --as-of 2021-05-31 --out report`,
    `  npm run report -- --as-of ${portfolio.lifecycle.today} --out report-today`,
  ].join('\n');

  // Phase 1, the commands. The in-process projection runner would follow every commit in
  // small batches and about double the time; it is left out here (as with
  // PROJECTIONS=external) and the read models catch up in one go in phase 2.
  const loading: AppConfig = { ...config, projections: 'external' };
  const result = await withBackOffice(loading, io, (context, signal) =>
    loadDemoPortfolio(portfolio, demoLoaderPorts(context), {
      progress: demoProgress(
        progressOn(
          io.stderr,
          `Loading the demo portfolio into ${where}: ${n(portfolio.inquiries.length)} inquiries and ${n(portfolio.loans.length)} loans with their decisions, then the lives of ${n(portfolio.lifecycle.loans)} of them up to ${portfolio.lifecycle.today}`,
        ),
      ),
      signal,
    }),
  );

  // Phase 2, the read models: the back office as configured, ReadModelsService.catchUp().
  // With PROJECTIONS=external the projector process keeps them.
  if (result.outcome === 'loaded' && config.projections === 'in-process') {
    io.stderr.write('Catching up the read models...\n');
    try {
      await withBackOffice(config, io, (context) => context.get(ReadModelsService).catchUp());
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `the demo portfolio is loaded, but the read models could not catch up (${reason}); they catch up when the back office starts (npm start)`,
        { cause: error },
      );
    }
  }
  // Phase 3, Kafka (when KAFKA_BROKERS is set): whatever the relay has not published yet.
  let relayed = '';
  if (config.relay) {
    const topic = config.relay.settings.topic;
    io.stderr.write(`Publishing the events to Kafka (${topic})...\n`);
    const sent = await withBackOffice(config, io, (context) =>
      context.get(KafkaRelayService).catchUp(),
    );
    relayed = ` ${n(sent)} events were published to ${topic}.`;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  if (result.outcome === 'already-loaded') {
    const when = String(result.marker.metadata.recordedAt ?? '')
      .slice(0, 19)
      .replace('T', ' ');
    io.stdout.write(
      `The demo portfolio is already loaded in ${where} (on ${when} UTC); nothing was added.${relayed}\n${howToLook}\n`,
    );
    return;
  }
  const resumed =
    result.itemsFoundAlready > 0
      ? ` (resumed: ${n(result.itemsFoundAlready)} items were already there from an interrupted run)`
      : '';
  const readModels =
    config.projections === 'in-process'
      ? 'the read models are up to date'
      : 'the read models fill when the projector (PROJECTIONS=external) runs';
  io.stdout.write(
    `Loaded the demo portfolio into ${where} in ${seconds} s: ${summary(result.counts)}; ` +
      `with co-financings, start loans and the 2022 win-win loans, ${n(portfolio.lifecycle.allLoans)} loans, paid out, repaid, in arrears, repaid early or in default up to the demo's today, ${portfolio.lifecycle.today}; ` +
      `${n(result.commandsSent)} commands sent${resumed}; ${readModels}.${relayed}\n${howToLook}\n`,
  );
}

function summary(c: DemoPortfolioCounts): string {
  return (
    `${n(c.winwinLoans)} win-win loans registered ${c.winwinMonths.from} to ${c.winwinMonths.to} (EUR ${eur(c.winwinPrincipal)}), ` +
    `${n(c.impulskredietInquiries)} Impulskrediet inquiries and ${n(c.impulskredietApplications)} applications ` +
    `(${c.impulskredietApproved} approved, ${c.impulskredietRefused} refused, ${c.impulskredietWithdrawn} withdrawn)`
  );
}

function demoProgress(progress: Progress): DemoProgress {
  return {
    start: (total) => progress.start(total, 'inquiries'),
    update: (done, phase) => progress.update(done, phase),
    stop: () => progress.stop(),
  };
}
