import type { MikroORM } from '@mikro-orm/postgresql';
import { innlandetSubgraph } from '@pallnet/subgraph-innlandet';
import { openDatabase, SubgraphDefinition, SubgraphContext } from '@pallnet/subgraph-kit';
import { midtSubgraph } from '@pallnet/subgraph-midt';
import { nationalSubgraph } from '@pallnet/subgraph-national';
import { sorOstSubgraph } from '@pallnet/subgraph-sor-ost';
import { vestSubgraph } from '@pallnet/subgraph-vest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freshDatabaseUrl } from '../support/database';

/*
 * Issue 14's corrections reach the databases of existing installations, not only fresh seeds.
 * Each region's database is seeded, put back to what the first seed stored (the inferred values)
 * and to the schema before the correcting migration (its `down`), as an installation made before
 * the fix is; then the migrations run as at every start. Expected values are the documents' words.
 */

const REPO = path.resolve(__dirname, '../..');
const text = (subgraph: string) => readFileSync(path.join(REPO, 'subgraphs', subgraph, 'data', 'source-document.txt'), 'utf8').replace(/\s+/g, ' ');

/** Each subgraph's correcting migration (issue 14) has this name. */
const SOURCE_FIDELITY_MIGRATION = 'Migration20261130010000';

/** A database as an installation made before the correction has it: old schema, the first seed's values. */
async function oldInstallation<T extends SubgraphContext>(definition: SubgraphDefinition<T>, firstSeedValues: string[]): Promise<MikroORM> {
  const orm = await openDatabase({
    clientUrl: freshDatabaseUrl(`fidelity_${definition.name}`),
    entities: definition.entities,
    migrations: definition.migrations,
  });
  await definition.seed?.(orm.em.fork());
  for (const statement of firstSeedValues) await orm.em.getConnection().execute(statement);
  // Only the correcting migration is undone: later migrations (issue 17's) stay as they are.
  await orm.getMigrator().down({ migrations: [SOURCE_FIDELITY_MIGRATION] });
  return orm;
}

async function rows(orm: MikroORM, sql: string): Promise<any[]> {
  return orm.em.getConnection().execute(sql);
}

describe("the correcting migrations fix an existing installation's data", () => {
  it('Sør-Øst: statuses only where given, the 2021 plan, the count date, totals not copied, the health trust', async () => {
    const orm = await oldInstallation(sorOstSubgraph, [
      `update focus_area set status = 'NEW' where status is null`,
      `update focus_area set status = 'CONTINUED', note = 'Delmål 1 for 2021, overføres til 2022' where title = 'Implementering av nasjonale faglige råd for lindrende behandling i livets sluttfase'`,
      `update unit set planned_meetings_per_year = 6 where id = 'sor-ost-lovisenberg-sektor'`,
      `update membership_figure set as_of = null, note = null where unit_id = 'sor-ost-lovisenberg-sektor'`,
      `update event set attended_digitally = 45 where unit_id = 'sor-ost-oslo-universitetssykehus-sektor' and kind = 'STUDY_DAY'`,
      `update event set attended_in_person = 22 where kind = 'INTRODUCTION_COURSE'`,
      `update network set health_trust = 'Oslo universitetssykehus HF', source_notes = '[]'`,
      // An editor's own focus area, NEW as recorded: the migration must leave it alone.
      `insert into focus_area (network_id, year, title, status) values ('sor-ost-oslo', 2023, 'Redaktørens satsing', 'NEW')`,
    ]);
    try {
      await orm.getMigrator().up();
      const statuses = await rows(orm, `select title, status from focus_area where unit_id = 'sor-ost-oslo-universitetssykehus-sektor' order by id`);
      expect(text('sor-ost')).toContain('Jobbe mot mer likeverdig tilbud i palliativt nettverk i Oslo');
      expect(statuses).toContainEqual({ title: 'Jobbe mot mer likeverdig tilbud i palliativt nettverk i Oslo', status: null });
      expect(statuses).toContainEqual({ title: 'Implementering av nasjonale faglige råd for lindrende behandling i livets sluttfase', status: null });
      expect(statuses).toContainEqual({ title: 'Videre fokus på forankring av nettverksavtalen', status: 'CONTINUED' });
      expect(await rows(orm, `select status from focus_area where title = 'Redaktørens satsing'`)).toEqual([{ status: 'NEW' }]);

      expect(text('sor-ost')).toContain('Det var planlagt å arrangere 6 møter');
      expect(await rows(orm, `select planned_meetings_per_year from unit where id = 'sor-ost-lovisenberg-sektor'`)).toEqual([
        { planned_meetings_per_year: null },
      ]);
      expect(text('sor-ost')).toContain('Pr 07.02.22');
      const [figure] = await rows(orm, `select count, to_char(as_of, 'DD.MM.YY') as as_of from membership_figure where unit_id = 'sor-ost-lovisenberg-sektor'`);
      expect(figure).toEqual({ count: 69, as_of: '07.02.22' });
      expect(
        await rows(
          orm,
          `select participants, attended_in_person, attended_digitally from event where kind in ('STUDY_DAY', 'INTRODUCTION_COURSE') and (unit_id is not null or kind = 'INTRODUCTION_COURSE') order by participants`,
        ),
      ).toEqual([
        { participants: 22, attended_in_person: null, attended_digitally: null },
        { participants: 45, attended_in_person: null, attended_digitally: null },
      ]);
      expect(text('sor-ost')).toContain('2 møter var digitale, ett var fysisk/ hybrid-løsning');
      expect(await rows(orm, `select meetings_digital, meetings_physical_or_hybrid from activity_report where unit_id = 'sor-ost-lovisenberg-sektor'`)).toEqual(
        [{ meetings_digital: 2, meetings_physical_or_hybrid: 1 }],
      );
      const [network] = await rows(orm, `select health_trust, source_notes from network`);
      expect(network.health_trust).not.toBe('Oslo universitetssykehus HF');
      expect(network.source_notes).toEqual([expect.objectContaining({ field: 'healthTrust' })]);
    } finally {
      await orm.close();
    }
  });

  it("Innlandet: no status for the plan's rows, the 24 March meeting Klinisk utvalg's, timings as data", async () => {
    const orm = await oldInstallation(innlandetSubgraph, [
      `update focus_area set status = 'NEW', note = 'Handlingsplan 2020-2021: satsingsområde i planens første år.' where year = 2020`,
      `update focus_area set status = 'CONTINUED', note = 'Handlingsplan 2020-2021 (revidert januar 2021): videreført i planens andre år.' where year = 2021`,
      `update cycle_activity set unit_ids = '["innlandet-osu"]' where text like 'Årsmelding OSU%'`,
    ]);
    try {
      await orm.getMigrator().up();
      expect(await rows(orm, `select count(*)::int as n from focus_area where status is not null`)).toEqual([{ n: 0 }]);
      expect(await rows(orm, `select count(*)::int as n from focus_area where status is null`)).toEqual([{ n: 20 }]);
      expect(text('innlandet')).toContain('Årsmelding OSU. Behandles i vårt møte 24. mars.');
      expect(await rows(orm, `select unit_ids from cycle_activity where text like 'Årsmelding OSU%'`)).toEqual([{ unit_ids: ['innlandet-klinisk-utvalg'] }]);
      expect(text('innlandet')).toContain('Kontinuerlig');
      expect(await rows(orm, `select timing, timing_kind from action_plan_focus_area where timing is not null order by position`)).toEqual([
        { timing: 'ut i 2021', timing_kind: 'UNTIL' },
        { timing: 'Kontinuerlig', timing_kind: 'CONTINUOUS' },
        { timing: 'Høst og vår', timing_kind: 'RECURRING' },
      ]);
    } finally {
      await orm.close();
    }
  });

  it('Midt: the health trust without «HF», the links the text does not state marked inferred', async () => {
    const orm = await oldInstallation(midtSubgraph, [`update network set health_trust = 'Helse Nord-Trøndelag HF'`]);
    try {
      await orm.getMigrator().up();
      expect(text('midt')).not.toContain('Helse Nord-Trøndelag HF');
      expect(await rows(orm, `select health_trust from network`)).toEqual([{ health_trust: 'Helse Nord-Trøndelag' }]);
      const inferred = await rows(orm, `select id from unit where parent_note is not null order by position`);
      expect(inferred.map((unit) => unit.id)).toEqual([
        'midt-fagrad-tjenesteavtale-2',
        'midt-kreft-og-lindrende-gruppe-vaernesregionen',
        'midt-palliativt-forum-verdal-levanger',
        'midt-kommunesamarbeidet-dms-inn-trondelag',
        'midt-fagnettverkgruppe-namsos',
        'midt-ytre-namdal',
      ]);
    } finally {
      await orm.close();
    }
  });

  it("Vest: the network's name in the document's words with a note, and the facts of «Bakgrunn»", async () => {
    const orm = await oldInstallation(vestSubgraph, [
      `update network set name = 'Nettverk innen kreftomsorg og lindrende behandling i Helse Stavanger foretaksområde', source_notes = '[]'`,
    ]);
    try {
      await orm.getMigrator().up();
      const [network] = await rows(orm, `select name, source_notes, shared_plans_prepared_by, established_in from network`);
      expect(text('vest')).toContain('Drift av nettverk innen kreftomsorg og lindrende behandling.');
      expect(network).toEqual({
        name: 'Nettverk innen kreftomsorg og lindrende behandling',
        source_notes: [expect.objectContaining({ field: 'name' })],
        shared_plans_prepared_by: 'KLB',
        established_in: 'i alle foretaksområdene i Helseregion Vest',
      });
    } finally {
      await orm.close();
    }
  });

  it('national: every catalog entry gets its regional health authority', async () => {
    const orm = await oldInstallation(nationalSubgraph, []);
    try {
      await orm.getMigrator().up();
      expect(await rows(orm, `select id, regional_health_authority from network_catalog order by id`)).toEqual([
        { id: 'innlandet-sykehuset-innlandet', regional_health_authority: 'HELSE_SOR_OST' },
        { id: 'midt-nord-trondelag', regional_health_authority: 'HELSE_MIDT_NORGE' },
        { id: 'sor-ost-oslo', regional_health_authority: 'HELSE_SOR_OST' },
        { id: 'vest-helse-stavanger', regional_health_authority: 'HELSE_VEST' },
      ]);
    } finally {
      await orm.close();
    }
  });
});
