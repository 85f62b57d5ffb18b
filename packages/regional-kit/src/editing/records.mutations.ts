import type { EntityClass } from '@mikro-orm/core';
import { Event, FocusArea, Funding, HospitalUnit } from '@pallnet/contract';
import { Arg, ClassType, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RegionalContext } from '../context';
import { AuditAction } from '../entities/register-enums';
import { EventRecord, FocusAreaRecord, FundingRecord, HospitalUnitRecord, MembershipFigure, NetworkRecord, YearReport } from '../entities/template-records';
import type { UnitBase } from '../entities/unit-base';
import { alreadyRecorded, badUserInput, invalidField, Violation } from '../errors';
import type { RegionalModel } from '../model';
import { toContractHospitalUnit } from '../register';
import { eventYear, toContractEvent, toContractFocusArea, toContractFunding } from '../template';
import { assignGiven, audit, claimVersion, Edit, givenFields, recordId, requireNetwork, requireUnit, runEdit, snapshot } from './edit';
import { EventInput, FocusAreaInput, FundingInput, HospitalUnitInput, YearFiguresInput } from './inputs';
import { fieldPrefix } from './naming';
import { YearFigures } from './year-figures.type';

/** A kind of record that editors add and change one at a time: events, focus areas, funding, hospital units. */
interface RecordKind<TRecord extends NetworkRecord, TInput extends { unitId?: string | null }, TOutput extends object> {
  /** `Event` gives `<region>RecordEvent` and `<region>UpdateEvent`; also the audit log's entity name. */
  name: string;
  /** `Register` for what is registered rather than recorded (hospital units). */
  verb: 'Record' | 'Register';
  description: string;
  entity: EntityClass<TRecord>;
  input: ClassType<TInput>;
  output: ClassType<TOutput>;
  toContract(record: TRecord, unit: UnitBase | null): TOutput;
  /** Rules over the record as it will be stored, once the input is applied (an update may give only some fields). */
  check?(record: TRecord): void;
}

function recordKind<TRecord extends NetworkRecord, TInput extends { unitId?: string | null }, TOutput extends object>(
  kind: RecordKind<TRecord, TInput, TOutput>,
): RecordKind<NetworkRecord, { unitId?: string | null }, object> {
  return kind as unknown as RecordKind<NetworkRecord, { unitId?: string | null }, object>;
}

async function unitOrNull(edit: Edit, networkId: string, unitId: string | null | undefined): Promise<UnitBase | null> {
  return unitId ? requireUnit(edit, networkId, unitId) : null;
}

function checkEvent(event: EventRecord): void {
  const violations: Violation[] = [];
  if (event.date === null && event.year === null) {
    violations.push({ field: 'year', rule: 'dateOrYear', message: 'give the date, or at least the year' });
  }
  if (event.date !== null && event.year !== null && eventYear({ date: event.date, year: null }) !== event.year) {
    violations.push({ field: 'year', rule: 'yearOfDate', message: 'must be the year of date' });
  }
  if (event.registered !== null) {
    const attended = (event.attendedInPerson ?? 0) + (event.attendedDigitally ?? 0);
    if (attended > event.registered) {
      violations.push({
        field: 'attendedInPerson',
        rule: 'attendanceWithinRegistered',
        message: `attendedInPerson + attendedDigitally (${attended}) must not exceed registered (${event.registered})`,
      });
    }
    if (event.participants !== null && event.participants > event.registered) {
      violations.push({ field: 'participants', rule: 'attendanceWithinRegistered', message: `must not exceed registered (${event.registered})` });
    }
  }
  if (violations.length > 0) throw badUserInput(violations);
}

const RECORD_KINDS = [
  recordKind({
    name: 'Event',
    verb: 'Record',
    description: 'Records a gathering, study day, introduction course or governance meeting, with its attendance.',
    entity: EventRecord,
    input: EventInput,
    output: Event,
    toContract: toContractEvent,
    check: checkEvent,
  }),
  recordKind({
    name: 'FocusArea',
    verb: 'Record',
    description: "Records one of the year's focus areas.",
    entity: FocusAreaRecord,
    input: FocusAreaInput,
    output: FocusArea,
    toContract: toContractFocusArea,
  }),
  recordKind({
    name: 'Funding',
    verb: 'Record',
    description: 'Records a grant or other funding of the year.',
    entity: FundingRecord,
    input: FundingInput,
    output: Funding,
    toContract: toContractFunding,
  }),
  recordKind({
    name: 'HospitalUnit',
    verb: 'Register',
    description: 'Registers a hospital unit treating patients in need of palliative care, so that coverage can count it.',
    entity: HospitalUnitRecord,
    input: HospitalUnitInput,
    output: HospitalUnit,
    toContract: toContractHospitalUnit,
  }),
];

type AnyRecordKind = (typeof RECORD_KINDS)[number];
type RecordInput = { unitId?: string | null };

async function createRecord(ctx: RegionalContext, kind: AnyRecordKind, networkId: string, input: RecordInput): Promise<object> {
  return runEdit(ctx, async (edit) => {
    await requireNetwork(edit, networkId);
    const unit = await unitOrNull(edit, networkId, input.unitId);
    const record = edit.tx.create(kind.entity, { networkId } as never);
    assignGiven(edit, record, { ...input, unitId: unit?.id ?? null });
    kind.check?.(record);
    await edit.tx.flush();
    audit(edit, { networkId, entity: kind.name, entityId: record.id, action: AuditAction.CREATE, before: null, after: snapshot(record) });
    return kind.toContract(record, unit);
  });
}

async function updateRecord(ctx: RegionalContext, kind: AnyRecordKind, id: string, expectedVersion: number, input: RecordInput): Promise<object> {
  return runEdit(ctx, async (edit) => {
    const { record, before } = await claimVersion(edit, kind.entity, kind.name, recordId(id), expectedVersion);
    const unit = await unitOrNull(edit, record.networkId, input.unitId === undefined ? record.unitId : input.unitId);
    assignGiven(edit, record, { ...input, unitId: unit?.id ?? null });
    kind.check?.(record);
    audit(edit, { networkId: record.networkId, entity: kind.name, entityId: record.id, action: AuditAction.UPDATE, before, after: snapshot(record) });
    return kind.toContract(record, unit);
  });
}

/** `<region>Record<Kind>` (or Register) and `<region>Update<Kind>` for one kind of record. */
function createRecordKindResolver(model: RegionalModel, kind: AnyRecordKind) {
  const prefix = fieldPrefix(model.region);

  @Resolver()
  class RecordKindResolver {
    @Mutation(() => kind.output, { name: `${prefix}${kind.verb}${kind.name}`, description: kind.description })
    create(
      @Ctx() ctx: RegionalContext,
      // Last first: type-graphql lists a field's arguments in the reverse order of the parameters.
      @Arg('input', () => kind.input) input: RecordInput,
      @Arg('networkId', () => ID) networkId: string,
    ): Promise<object> {
      return createRecord(ctx, kind, networkId, input);
    }

    @Mutation(() => kind.output, { name: `${prefix}Update${kind.name}`, description: `Changes a ${kind.name}, from the version the editor read.` })
    update(
      @Ctx() ctx: RegionalContext,
      @Arg('input', () => kind.input) input: RecordInput,
      @Arg('expectedVersion', () => Int) expectedVersion: number,
      @Arg('id', () => ID) id: string,
    ): Promise<object> {
      return updateRecord(ctx, kind, id, expectedVersion, input);
    }
  }
  return RecordKindResolver;
}

/**
 * Records a year's reported figures for a network or unit: the member count (a REPORTED
 * membership figure) and joined, left, goals and themes (the year report). The first recording
 * of a year creates them; later ones must name the version they read.
 */
async function recordYearFigures(
  ctx: RegionalContext,
  networkId: string,
  input: YearFiguresInput,
  expectedVersion: number | null | undefined,
): Promise<YearFigures> {
  return runEdit(ctx, async (edit) => {
    await requireNetwork(edit, networkId);
    const unit = await unitOrNull(edit, networkId, input.unitId);
    const scope = { networkId, unitId: unit?.id ?? null, year: input.year };
    const existing = await edit.tx.findOne(YearReport, scope);
    let report: YearReport;
    let before: Record<string, unknown> | null = null;
    if (existing) {
      if (expectedVersion === undefined || expectedVersion === null) throw alreadyRecorded('YearFigures', String(existing.id), existing.version);
      ({ record: report, before } = await claimVersion(edit, YearReport, 'YearFigures', existing.id, expectedVersion));
    } else {
      if (expectedVersion !== undefined && expectedVersion !== null) {
        throw invalidField('expectedVersion', 'exists', `nothing is recorded for ${input.year} yet: leave expectedVersion out to record it the first time`);
      }
      report = edit.tx.create(YearReport, scope);
    }
    const { unitId: _unitId, year: _year, membersAtYearEnd, ...figures } = givenFields(input);
    assignGiven(edit, report, figures);

    const figure = await edit.tx.findOne(MembershipFigure, scope);
    const previousCount = figure?.count ?? null;
    let count = previousCount;
    if (membersAtYearEnd !== undefined) {
      count = membersAtYearEnd;
      if (membersAtYearEnd === null && figure) edit.tx.remove(figure);
      else if (membersAtYearEnd !== null && figure) figure.count = membersAtYearEnd;
      else if (membersAtYearEnd !== null) edit.tx.create(MembershipFigure, { ...scope, count: membersAtYearEnd });
    }
    await edit.tx.flush();
    audit(edit, {
      networkId,
      entity: 'YearFigures',
      entityId: report.id,
      action: existing ? AuditAction.UPDATE : AuditAction.CREATE,
      before: before && { ...before, membersAtYearEnd: previousCount },
      after: snapshot(report, { membersAtYearEnd: count }),
    });
    return Object.assign(new YearFigures(), {
      id: String(report.id),
      year: report.year,
      unit,
      membersAtYearEnd: count,
      joined: report.joined,
      left: report.left,
      membershipNote: report.membershipNote,
      goalsReached: report.goalsReached,
      themes: report.themes,
      courseFee: report.courseFee,
      reorganisation: report.reorganisation,
      cooperationWithOtherNetworks: report.cooperationWithOtherNetworks,
      version: report.version,
    });
  });
}

function createYearFiguresResolver(model: RegionalModel) {
  const prefix = fieldPrefix(model.region);

  @Resolver()
  class YearFiguresResolver {
    @Mutation(() => YearFigures, {
      name: `${prefix}RecordYearFigures`,
      description: "Records a year's reported figures; once recorded, give the version you read as expectedVersion.",
    })
    recordYearFigures(
      @Ctx() ctx: RegionalContext,
      // Last first: type-graphql lists a field's arguments in the reverse order of the parameters.
      @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null | undefined,
      @Arg('input', () => YearFiguresInput) input: YearFiguresInput,
      @Arg('networkId', () => ID) networkId: string,
    ): Promise<YearFigures> {
      return recordYearFigures(ctx, networkId, input, expectedVersion);
    }
  }
  return YearFiguresResolver;
}

/** The national template's records of one region: events with attendance, the year's figures, focus areas, funding, hospital units. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function createRecordsEditingResolvers(model: RegionalModel): Function[] {
  return [createYearFiguresResolver(model), ...RECORD_KINDS.map((kind) => createRecordKindResolver(model, kind))];
}
