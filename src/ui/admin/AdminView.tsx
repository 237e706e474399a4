import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Temporal } from 'temporal-polyfill';
import { exampleMoments } from '../../core/admin/deadlineExamples';
import { PreviewBase, type PreviewResult } from '../../core/admin/preview';
import { diffConfigs } from '../../core/config/diff';
import { PRESET_IDS, presetConfig, type PresetId } from '../../core/config/presets';
import type { SvarstidConfig } from '../../core/config/schema';
import { validateConfig } from '../../core/config/validate';
import type { MailMessage } from '../../core/message';
import type { Named } from '../../core/vocabulary';
import { useText } from '../i18n';
import { CalendarSection } from './CalendarSection';
import { DeadlinesSection } from './DeadlinesSection';
import { DepartmentsSection } from './DepartmentsSection';
import { describeLearningSchedule, describeServiceStatus, type ServiceLease } from '../../core/admin/serviceStatus';
import { mergeDraft } from '../../core/admin/mergeDraft';
import { DraftProvider, ProblemList, setAt, useProblemIndex, type Draft, type DraftApi } from './draft';
import { MunicipalitySection } from './MunicipalitySection';
import { PreviewPanel } from './PreviewPanel';
import { HistoryPanel } from './HistoryPanel';
import { saveWarnings } from './saveWarnings';
import { ModelsSection } from './ModelsSection';
import { RulesSection } from './RulesSection';

/**
 * The admin view (issue 9, `#/admin` of the Teams tab): the configuration stored in the shared
 * mailbox, edited in Swedish with the core's validation as one types, started from a seed preset
 * if wanted, previewed over the mailbox's recent messages before it is saved with a note (a
 * compare-and-swap: a conflict says so and keeps everything typed), with the audit trail and
 * restore. Every host call (reading and saving the configuration, the messages) is passed in.
 */

/** The stored configuration as the view knows it. */
export interface StoredSnapshot {
  config: SvarstidConfig;
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

/** One save in the audit trail. */
export interface AuditItem {
  revision: number;
  at: string;
  by: string;
  note?: string | undefined;
  changes: Named[];
  more?: number | undefined;
  restoredFrom?: number | undefined;
}

export type SaveOutcome = { ok: true; stored: StoredSnapshot } | { ok: false; conflict: { revision: number; by: string | null } };

export interface AdminHost {
  /** The signed-in user's UPN (written in the audit trail). */
  user: string;
  /** The stored configuration, or null when none is stored yet. */
  load(): Promise<StoredSnapshot | null>;
  history(): Promise<AuditItem[]>;
  /** Validates and saves as revision expectedRevision + 1 (compare-and-swap). */
  save(config: SvarstidConfig, options: { expectedRevision: number; note: string }): Promise<SaveOutcome>;
  /** Saves an earlier revision again, as a new audited revision. */
  restore(revision: number, options: { expectedRevision: number }): Promise<SaveOutcome>;
  /** The mailbox's most recent messages (at least 500 when there are), for the preview. */
  recentMessages(): Promise<MailMessage[]>;
  /** What the mailbox lease says about the running service (which configuration it follows); absent where there is none to ask. */
  serviceStatus?(): Promise<ServiceLease>;
}

export const ADMIN_SECTIONS = ['kommun', 'forvaltningar', 'oppettider', 'svarstider', 'regler', 'granska', 'historik'] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];
const SECTION_NAMES: Record<AdminSection, Named> = {
  kommun: { sv: 'Kommun och avsändarkontroll', en: 'Municipality and sender check' },
  forvaltningar: { sv: 'Förvaltningar', en: 'Departments' },
  oppettider: { sv: 'Öppettider och helgdagar', en: 'Opening hours and holidays' },
  svarstider: { sv: 'Svarstider', en: 'Deadlines' },
  regler: { sv: 'Sortering och kanaler', en: 'Routing and channels' },
  granska: { sv: 'Förhandsgranska och spara', en: 'Preview and save' },
  historik: { sv: 'Historik', en: 'History' },
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, maxWidth: '90rem', margin: '0 auto', boxSizing: 'border-box' },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
});

export function sectionOf(pathname: string): AdminSection {
  const part = pathname.split('/')[2] ?? '';
  return (ADMIN_SECTIONS as readonly string[]).includes(part) ? (part as AdminSection) : 'kommun';
}

export interface AdminViewProps {
  host: AdminHost;
  /** The configuration in use when none is stored yet (the build's preset). */
  fallback: SvarstidConfig;
  /** Now, for the example times and the holiday year (tests pass a fixed moment). */
  now?: Temporal.Instant;
}

export function AdminView({ host, fallback, now }: AdminViewProps): ReactNode {
  const t = useText();
  const styles = useStyles();
  const navigate = useNavigate();
  const location = useLocation();
  const section = sectionOf(location.pathname);
  const [stored, setStored] = useState<StoredSnapshot | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [history, setHistory] = useState<AuditItem[] | null>(null);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error' | 'warning'; text: Named; testId: string } | null>(null);
  const [preset, setPreset] = useState<PresetId>(PRESET_IDS[0]);
  const [confirmPreset, setConfirmPreset] = useState(false);
  const [service, setService] = useState<ServiceLease | null>(null);

  const refreshService = useCallback(() => {
    host.serviceStatus?.().then(setService, () => setService(null));
  }, [host]);
  useEffect(() => refreshService(), [refreshService]);

  const refreshHistory = useCallback(() => {
    host.history().then(setHistory, () => setHistory([]));
  }, [host]);

  useEffect(() => {
    let alive = true;
    host.load().then(
      (s) => {
        if (!alive) return;
        setStored(s);
        setDraft(structuredClone(s?.config ?? fallback));
      },
      (e: unknown) => alive && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    refreshHistory();
    return () => {
      alive = false;
    };
  }, [host, fallback, refreshHistory]);

  const validation = useMemo(() => (draft ? validateConfig(draft) : null), [draft]);
  const problems = useMemo(() => (validation && !validation.ok ? validation.problems : []), [validation]);
  const index = useProblemIndex(problems);
  const base = stored?.config ?? fallback;
  const changes = useMemo(() => (validation?.ok ? diffConfigs(base, validation.config) : []), [base, validation]);
  const tz = (draft?.calendar?.timeZone as string | undefined) ?? 'Europe/Stockholm';
  const moment = now ?? Temporal.Now.instant();
  const moments = useMemo(() => exampleMoments(moment, tz), [moment.epochMilliseconds, tz]); // eslint-disable-line react-hooks/exhaustive-deps
  const today = moment.toZonedDateTimeISO(tz).toPlainDate();
  const serviceText = service ? describeServiceStatus(service, moment, tz, stored?.revision ?? null) : null;

  // The preview: the stored configuration's outcome once per message set; the draft's on demand.
  const [messages, setMessages] = useState<MailMessage[] | null>(null);
  const [previewBase, setPreviewBase] = useState<PreviewBase | null>(null);
  const [preview, setPreview] = useState<{ key: string; result: PreviewResult; ms: number } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const draftKey = useMemo(() => JSON.stringify(draft), [draft]);

  const runPreview = async (): Promise<void> => {
    if (!validation?.ok) return;
    setPreviewing(true);
    setPreviewError(null);
    try {
      const msgs = messages ?? (await host.recentMessages());
      if (!messages) setMessages(msgs);
      // Let the spinner show before the work.
      await new Promise((r) => setTimeout(r, 0));
      const pb = previewBase && previewBase.config === base ? previewBase : new PreviewBase(base, msgs);
      if (pb !== previewBase) setPreviewBase(pb);
      const started = performance.now();
      const result = pb.preview(validation.config);
      setPreview({ key: draftKey, result, ms: performance.now() - started });
    } catch (e) {
      setPreviewError(e instanceof Error ? e.message : String(e));
    } finally {
      setPreviewing(false);
    }
  };

  const applyOutcome = (outcome: SaveOutcome, success: Named): void => {
    if (outcome.ok) {
      setStored(outcome.stored);
      setDraft(structuredClone(outcome.stored.config));
      setPreview(null);
      setPreviewBase(null);
      // saved, but the stored configuration lacks what people will miss (the warnings config set
      // gives): said after what the save did, as a warning, not a success
      const warnings = saveWarnings(outcome.stored.config, host.user);
      const text = { sv: [success.sv, ...warnings.map((w) => w.sv)].join(' '), en: [success.en, ...warnings.map((w) => w.en)].join(' ') };
      setNotice({ intent: warnings.length > 0 ? 'warning' : 'success', text, testId: 'save-success' });
      refreshHistory();
    } else {
      const who = outcome.conflict.by ?? t({ sv: 'någon annan', en: 'someone else' });
      setNotice({
        intent: 'error',
        testId: 'save-conflict',
        text: {
          sv: `Konfigurationen har sparats av ${who} (revision ${outcome.conflict.revision}) sedan du började ändra. Ingenting sparades och dina ändringar finns kvar här. Hämta den sparade versionen (dina ändringar läggs ovanpå den), förhandsgranska igen och spara.`,
          en: `The configuration was saved by ${who} (revision ${outcome.conflict.revision}) since you started editing. Nothing was stored and your changes are still here. Fetch the stored version (your changes are laid on top of it), preview again and save.`,
        },
      });
    }
  };

  const save = async (note: string): Promise<void> => {
    if (!validation?.ok) return;
    setNotice(null);
    try {
      const outcome = await host.save(validation.config, { expectedRevision: stored?.revision ?? 0, note });
      const revision = outcome.ok ? outcome.stored.revision : '';
      // what the service says now decides what the confirmation promises
      const lease = outcome.ok && host.serviceStatus ? await host.serviceStatus().catch(() => null) : null;
      if (lease) setService(lease);
      const state = lease && outcome.ok ? describeServiceStatus(lease, moment, tz, outcome.stored.revision).state : serviceText?.state;
      applyOutcome(outcome, takenIntoUse(`Sparat som revision ${revision}`, `Saved as revision ${revision}`, state));
    } catch (e) {
      setNotice({ intent: 'error', testId: 'save-error', text: { sv: `Det gick inte att spara. Dina ändringar finns kvar: välj Spara igen om en stund, och kontakta IT om felet kvarstår (teknisk information, ofta på engelska: ${e instanceof Error ? e.message : String(e)}).`, en: `Could not save. Your changes are still here: choose Save again in a while, and contact IT if it persists (technical details: ${e instanceof Error ? e.message : String(e)}).` } });
    }
  };

  const restore = async (revision: number): Promise<void> => {
    setNotice(null);
    try {
      const outcome = await host.restore(revision, { expectedRevision: stored?.revision ?? 0 });
      const lease = outcome.ok && host.serviceStatus ? await host.serviceStatus().catch(() => null) : null;
      if (lease) setService(lease);
      const state = lease && outcome.ok ? describeServiceStatus(lease, moment, tz, outcome.stored.revision).state : serviceText?.state;
      const saved = outcome.ok ? outcome.stored.revision : '';
      applyOutcome(outcome, takenIntoUse(`Revision ${revision} återställd som revision ${saved}`, `Revision ${revision} restored as revision ${saved}`, state));
    } catch (e) {
      setNotice({ intent: 'error', testId: 'save-error', text: { sv: `Det gick inte att återställa. Inget har ändrats: försök igen om en stund, och kontakta IT om felet kvarstår (teknisk information, ofta på engelska: ${e instanceof Error ? e.message : String(e)}).`, en: `Could not restore. Nothing was changed: try again in a while, and contact IT if it persists (technical details: ${e instanceof Error ? e.message : String(e)}).` } });
    }
  };

  const reloadStored = async (): Promise<void> => {
    const s = await host.load();
    // the draft's own changes are laid on top of what was saved meanwhile (a colleague's change, or
    // what the service learnt): nothing the other save did is undone unless the draft changed it too
    const theirs = s?.config ?? fallback;
    const { merged, conflicts } = draft ? mergeDraft<Draft>(base, draft, theirs) : { merged: structuredClone(theirs), conflicts: [] };
    setStored(s);
    setDraft(merged);
    setPreview(null);
    setPreviewBase(null);
    const where = conflicts.map((path) => path.join('.')).join(', ');
    setNotice({
      intent: 'warning',
      testId: 'reloaded',
      text: conflicts.length === 0
        ? {
            sv: `Den sparade versionen (revision ${s?.revision ?? 0}) är hämtad, och dina ändringar är lagda ovanpå den: det som den andra sparningen ändrade finns kvar. Förhandsgranska igen och spara.`,
            en: `The stored version (revision ${s?.revision ?? 0}) has been fetched, and your changes are laid on top of it: what the other save changed is kept. Preview again and save.`,
          }
        : {
            sv: `Den sparade versionen (revision ${s?.revision ?? 0}) är hämtad, och dina ändringar är lagda ovanpå den. Både du och den andra sparningen ändrade ${where}; där gäller ditt värde. Se efter i listan ”Det här ändras i konfigurationen” innan du sparar.`,
            en: `The stored version (revision ${s?.revision ?? 0}) has been fetched, and your changes are laid on top of it. Both you and the other save changed ${where}; your value is kept there. Check the list “What changes in the configuration” before you save.`,
          },
    });
    refreshHistory();
  };

  const startFromPreset = (): void => {
    if (!draft) return;
    const p = structuredClone(presetConfig(preset));
    // What is this mailbox's own is kept: the municipality (with its name variants and on-call
    // service for reports of concern), the admins, the signature, the notice template and the
    // reminder about when the real answer comes, the local closed days and dated opening hours (bridge days are no preset's), and what
    // was learnt from its own corrections. The rest becomes the preset's (the dialog says which).
    const own = draft.senderCheck;
    const senderCheck = {
      ...p.senderCheck,
      signature: own?.signature,
      ...(own?.acknowledgement !== undefined ? { acknowledgement: own.acknowledgement } : {}),
      ...(own?.requireAnswerTime !== undefined ? { requireAnswerTime: own.requireAnswerTime } : {}),
    };
    const calendar = { ...p.calendar, closedDays: draft.calendar?.closedDays ?? [], exceptions: draft.calendar?.exceptions ?? [] };
    const triage = draft.triage?.localModel !== undefined ? { ...p.triage, localModel: draft.triage.localModel } : p.triage;
    setDraft({ ...p, municipality: draft.municipality, admins: draft.admins, senderCheck, calendar, triage, revision: draft.revision } as Draft);
    setConfirmPreset(false);
  };

  if (loadError) {
    return (
      <main className={styles.root}>
        <MessageBar intent="error">
          <MessageBarBody>{t({ sv: `Konfigurationen kunde inte läsas (${loadError}). Ladda om sidan om en stund; kvarstår felet, be IT köra svarstid doctor mot funktionsbrevlådan.`, en: `The configuration could not be read (${loadError}). Reload the page in a while; if it persists, ask IT to run svarstid doctor against the shared mailbox.` })}</MessageBarBody>
        </MessageBar>
      </main>
    );
  }
  if (stored === undefined || draft === null) {
    return (
      <main className={styles.root}>
        <Spinner label={t({ sv: 'Läser konfigurationen …', en: 'Reading the configuration …' })} />
      </main>
    );
  }

  const api: DraftApi = {
    draft,
    set: (path, value) => setDraft((d) => (d ? setAt(d, path, value) : d)),
    ...index,
  };
  const previewFresh = preview !== null && preview.key === draftKey;

  return (
    <DraftProvider api={api}>
      <main className={styles.root} data-testid="admin-view" data-revision={stored?.revision ?? 0}>
        <header>
          <Text as="h1" size={600} weight="semibold" style={{ margin: 0 }}>
            {t({ sv: 'Svarstid — administration', en: 'Svarstid — administration' })}
          </Text>
          <Text as="p" block style={{ margin: 0 }} data-testid="stored-revision">
            {stored
              ? t({ sv: `Sparad konfiguration: revision ${stored.revision}, av ${savedBy(stored.updatedBy).sv}.`, en: `Stored configuration: revision ${stored.revision}, by ${savedBy(stored.updatedBy).en}.` })
              : t({
                  sv: 'Ingen konfiguration är sparad i brevlådan än: du ser den som Svarstid startades med, och det du sparar blir brevlådans första. Du kommer in här för att den namnger dig som administratör; i drift sparar IT den första konfigurationen med svarstid config set, och sedan öppnas vyn bara för dem den namnger.',
                  en: 'No configuration is stored in the mailbox yet: you see the one Svarstid was started with, and what you save becomes the mailbox\'s first. You get in because it names you as an admin; in production IT stores the first configuration with svarstid config set, and from then on the view opens only for those it names.',
                })}{' '}
            {t({ sv: `Du är inloggad som ${host.user}.`, en: `You are signed in as ${host.user}.` })}
          </Text>
        </header>
        {serviceText && (
          <MessageBar intent={serviceText.intent} layout="multiline" data-testid="service-status" data-state={serviceText.state}>
            <MessageBarBody>{t(serviceText.text)}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.bar}>
          <Field label={t({ sv: 'Utgå från en förinställning', en: 'Start from a preset' })}>
            <Select value={preset} onChange={(_, d) => setPreset(d.value as PresetId)} data-testid="preset-select">
              {PRESET_IDS.map((id) => (
                <option key={id} value={id}>
                  {presetConfig(id).municipality.name} ({id})
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={() => setConfirmPreset(true)} data-testid="use-preset">
            {t({ sv: 'Använd förinställningen', en: 'Use the preset' })}
          </Button>
          <Button appearance="subtle" onClick={() => setDraft(structuredClone(base))} disabled={changes.length === 0 && validation?.ok === true} data-testid="discard">
            {t({ sv: 'Ångra alla ändringar', en: 'Discard all changes' })}
          </Button>
          <Text data-testid="change-count" data-count={changes.length}>
            {validation?.ok
              ? t({ sv: `${changes.length} ${changes.length === 1 ? 'ändring som inte är sparad' : 'ändringar som inte är sparade'}`, en: `${changes.length} unsaved ${changes.length === 1 ? 'change' : 'changes'}` })
              : t({ sv: `${problems.length} fel att rätta`, en: `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix` })}
          </Text>
        </div>
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid={notice.testId}>
            <MessageBarBody>
              {t(notice.text)}
              {notice.testId === 'save-conflict' && (
                <>
                  {' '}
                  <Button size="small" onClick={() => void reloadStored()} data-testid="reload-stored">
                    {t({ sv: 'Hämta den sparade versionen (behåll mina ändringar)', en: 'Fetch the stored version (keep my changes)' })}
                  </Button>
                </>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        <nav aria-label={t({ sv: 'Delar av konfigurationen', en: 'Parts of the configuration' })}>
          <TabList selectedValue={section} onTabSelect={(_, d) => navigate(`/admin/${String(d.value)}`)}>
            {ADMIN_SECTIONS.map((s) => {
              const n = s === 'granska' || s === 'historik' ? 0 : sectionProblems(s, index.problemsUnder).length;
              return (
                <Tab key={s} value={s} data-testid={`admin-tab-${s}`}>
                  {t(SECTION_NAMES[s])}
                  {n > 0 ? t({ sv: ` (${n} fel)`, en: ` (${n} ${n === 1 ? 'problem' : 'problems'})` }) : ''}
                </Tab>
              );
            })}
          </TabList>
        </nav>
        {section === 'kommun' && <MunicipalitySection />}
        {section === 'forvaltningar' && <DepartmentsSection />}
        {section === 'oppettider' && <CalendarSection today={today} />}
        {section === 'svarstider' && <DeadlinesSection moments={moments} />}
        {section === 'regler' && (
          <>
            <RulesSection />
            <ModelsSection schedule={service ? describeLearningSchedule(service, moment) : null} />
          </>
        )}
        {section === 'granska' && (
          <PreviewPanel
            problems={problems}
            changes={changes}
            preview={preview?.result ?? null}
            previewMs={preview?.ms ?? null}
            fresh={previewFresh}
            running={previewing}
            error={previewError}
            departments={validation?.ok ? validation.config.departments : base.departments}
            timeZone={tz}
            onPreview={() => void runPreview()}
            onSave={(note) => save(note)}
          />
        )}
        {section === 'historik' && <HistoryPanel entries={history} current={stored?.revision ?? 0} onRestore={restore} />}
        {section !== 'granska' && <ProblemList problems={problems} testId="problem-list" />}
        <Dialog open={confirmPreset} onOpenChange={(_, d) => setConfirmPreset(d.open)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t({ sv: 'Utgå från förinställningen?', en: 'Start from the preset?' })}</DialogTitle>
              <DialogContent>
                {t({
                  sv: `Utkastet ersätts med förinställningen ${presetConfig(preset).municipality.name} (${preset}). Detta behålls: kommunens namn och andra godkända namnformer, domäner, funktionsbrevlåda, administratörer, jouren för orosanmälningar, signaturen, mallen för besked och påminnelsen om när det riktiga svaret kommer, era lokala stängda dagar och dagar med andra öppettider, och det Svarstid har lärt sig av era rättelser. Allt annat blir förinställningens: svarstider, öppettider per veckodag, förvaltningar (med mappar och vidarebefordran), sorteringsregler och avsändarkontrollens val (Stoppa eller Varna, LIX-nivå). Kontrollera svarstiderna och öppettiderna mot er egen policy. Du kan ångra med Ångra alla ändringar; ingenting ändras i brevlådan förrän du sparar under Förhandsgranska och spara.`,
                  en: `The draft is replaced by the preset ${presetConfig(preset).municipality.name} (${preset}). This is kept: the municipality's name and other accepted forms, domains, shared mailbox, admins, the on-call service for reports of concern, the signature, the notice template and the reminder about when the real answer comes, your local closed days and days with other opening hours, and what Svarstid has learnt from your corrections. Everything else becomes the preset's: deadlines, weekly opening hours, departments (with folders and forwarding), routing rules and the sender check's choices (Block or Warn, LIX level). Check the deadlines and opening hours against your own policy. You can undo with Discard all changes; nothing changes in the mailbox until you save under Preview and save.`,
                })}
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={startFromPreset} data-testid="confirm-preset">
                  {t({ sv: 'Använd förinställningen', en: 'Use the preset' })}
                </Button>
                <Button onClick={() => setConfirmPreset(false)}>{t({ sv: 'Avbryt', en: 'Cancel' })}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </main>
    </DraftProvider>
  );
}

/** The problems that belong to a section (for the count on its tab). */
function sectionProblems(section: AdminSection, under: DraftApi['problemsUnder']): unknown[] {
  switch (section) {
    case 'kommun':
      return [...under(['municipality']), ...under(['senderCheck']), ...under(['admins'])];
    case 'forvaltningar':
      return [...under(['departments']), ...under(['fallbackDepartment'])];
    case 'oppettider':
      return under(['calendar']);
    case 'svarstider':
      return under(['policy']);
    case 'regler':
      return under(['triage']);
    default:
      return [];
  }
}

/** What a save or restore means for the running service, after "Sparat som revision N" or "Revision N återställd …". */
function takenIntoUse(sv: string, en: string, state: string | undefined): Named {
  return state === 'follows'
    ? { sv: `${sv}. Svarstid-tjänsten tar den i bruk inom en minut: öppna meddelanden som får en annan förvaltning, ärendetyp eller svarstid märks på nytt, men en orosanmälan och ett meddelande som en handläggare har ändrat i tillägget behåller sin märkning.`, en: `${en}. The Svarstid service takes it into use within a minute: open messages that get another department, case type or deadline are relabelled, but a report of concern and a message an officer changed in the add-in keep their labels.` }
    : state === 'fixed'
      ? { sv: `${sv}, men Svarstid-tjänsten kör med en fast konfiguration (--preset eller --config) och använder den inte förrän IT startar om den utan de flaggorna.`, en: `${en}, but the Svarstid service runs a fixed configuration (--preset or --config) and does not use it until IT restarts it without those flags.` }
      : { sv: `${sv}. En Svarstid-tjänst som följer brevlådans konfiguration (startad utan --preset och --config) börjar använda den inom en minut: öppna meddelanden som får en annan förvaltning, ärendetyp eller svarstid märks på nytt, men en orosanmälan och ett meddelande som en handläggare har ändrat i tillägget behåller sin märkning.`, en: `${en}. A Svarstid service that follows the mailbox's configuration (started without --preset and --config) uses it within a minute: open messages that get another department, case type or deadline are relabelled, but a report of concern and a message an officer changed in the add-in keep their labels.` };
}

/** Who saved a configuration, in words: the CLI and the service by what they are, a person by name. */
function savedBy(updatedBy: string): { sv: string; en: string } {
  if (updatedBy === 'cli') return { sv: 'kommandoraden (svarstid config)', en: 'the command line (svarstid config)' };
  if (updatedBy === 'worker') return { sv: 'inlärningen av rättelser (Svarstid-tjänsten eller svarstid learn)', en: 'learning from corrections (the Svarstid service or svarstid learn)' };
  return { sv: updatedBy, en: updatedBy };
}
