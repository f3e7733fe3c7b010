// The application shell: toolbar (with the case menu and the Timeline/Table switch), the view bar (search, lanes,
// filters, count), article list, timeline or table, side panel (event details, editor or Review panel), dialogs
// and the window-wide drop zone. Wiring only: commands are actions of the registry (renderer/actions/),
// run by the toolbar, the keys and the Electron menu through one dispatcher; UI state is the zustand store;
// database reads are useLiveQuery hooks (use-db-data.ts).

import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SUPPORTED_EXTENSIONS } from '../../app/ingest/file-format';
import type { ActionContext, AppAction } from '../actions/action';
import '../actions/all-actions';
import { runAction } from '../actions/dispatcher';
import { installKeyHandler } from '../actions/key-handler';
import { handleMenuCommand, MENU_ACCELERATED_ACTIONS } from '../actions/menu-bridge';
import type { AppServices } from '../actions/services';
import { IS_MAC } from '../actions/shortcut-text';
import { eventExtent, eventsOfArticle } from '../db/queries';
import { openTimelineDb } from '../db/timeline-db';
import { desktopBridge } from '../desktop';
import { extentOf } from '../lib/extent';
import { useShallow } from 'zustand/react/shallow';
import { primarySelection, useUiStore } from '../state/ui-store';
import { filtersAreEmpty } from '../../app/model/event-filter';
import { CaseMenu } from '../cases/CaseMenu';
import { ViewSwitch } from '../table/ViewSwitch';
import { onEventsChanged } from '../timeline/on-events-changed';
import { TimelineView, type LoadedInfo, type TimelineHandle } from '../timeline/TimelineView';
import { ExportDialogHost } from './ExportDialogHost';
import { FilterBar } from './FilterBar';
import { LaneControls } from './LaneControls';
import { SearchBox, SearchResults } from './SearchBox';
import { useFilteredArticles } from './use-filtered-articles';
import { useViewMemory } from './use-view-memory';
import { WindowCount } from './WindowCount';
import { ActionsProvider } from './actions-context';
import { ArticleList, ARTICLES_PAGE } from './ArticleList';
import { ArticleViewer } from './ArticleViewer';
import { DropOverlay } from './DropOverlay';
import { EmptyState } from './EmptyState';
import { isFinished } from './import-progress';
import { ImportStatus } from './ImportStatus';
import { Legend } from './Legend';
import { PasteDialog } from './PasteDialog';
import { SidePanel } from './SidePanel';
import { useAfterFirstDraw } from './use-after-first-draw';
import { useArticleSummaries, useHasEvents, useHistoryState, useOpenArticle } from './use-db-data';
import { readFiles } from './read-dropped-files';
import { useImporter } from './use-importer';
import { useWindowDrop } from './use-window-drop';
import { Toolbar } from './Toolbar';

import type { StartedCase } from '../cases/start-case';
import { formatCount } from '../../app/model/format-count';

/** The Table view (with TanStack Table and Virtual) loads when first shown, not before the timeline's first paint. */
const EventTable = lazy(() => import('../table/EventTable').then((module) => ({ default: module.EventTable })));

/** `remembered`: the opened case's remembered window and its view saver (absent when the case could not be opened). */
export function App({ remembered }: { remembered?: StartedCase }) {
  const db = openTimelineDb();
  const timeline = useRef<TimelineHandle>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [viewerArticleId, setViewerArticleId] = useState<string | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [loaded, setLoaded] = useState<LoadedInfo>({ shown: 0, capped: false });
  // Only what App itself shows: a filter or search change redraws the timeline and its own panels, not the whole app.
  const ui = useUiStore(
    useShallow((state) => ({
      selectedEventIds: state.selectedEventIds,
      mainView: state.mainView,
      notice: state.notice,
      select: state.select,
      notify: state.notify,
      setFacts: state.setFacts,
    })),
  );
  const selectedEventId = primarySelection(ui);

  const [importTick, setImportTick] = useState(0);
  // Bumped on every write to the events table (imports, edits, deletes): the filter names and search results follow it.
  const [eventsVersion, setEventsVersion] = useState(0);
  useEffect(() => onEventsChanged(db.name, () => setEventsVersion((v) => v + 1)), [db]);
  const viewer = useOpenArticle(db, viewerArticleId);
  const history = useHistoryState(db);
  const hasEvents = useHasEvents(db);
  useEffect(
    () => ui.setFacts({ hasEvents, undoLabel: history.undoLabel, redoLabel: history.redoLabel }),
    [hasEvents, history.undoLabel, history.redoLabel],
  );

  const importer = useImporter({
    onChanged: () => {
      setImportTick((tick) => tick + 1);
      timeline.current?.reload();
    },
    onImported: (extent) => {
      if (extent) timeline.current?.showWindow(extent);
    },
  });
  const [articlePages, setArticlePages] = useState(1);
  const articleLimit = articlePages * ARTICLES_PAGE;
  const firstDraw = useAfterFirstDraw();
  const storedArticles = useArticleSummaries(db, articleLimit, {
    wanted: firstDraw.drawn,
    importing: importer.rows.some((row) => !isFinished(row.state)),
    importTick,
  });
  const { page: articles, filtered } = useFilteredArticles(db, storedArticles, articleLimit);
  const viewFiltered = useUiStore((state) => !filtersAreEmpty(state.filters) || state.search.trim() !== '');
  const onFiles = useCallback(
    async (files: File[]) => {
      const read = await readFiles(files);
      return importer.importFiles(read.files, read.errors);
    },
    [importer.importFiles],
  );
  const dragging = useWindowDrop(onFiles);

  const fitAll = useCallback(async () => {
    const extent = await eventExtent(db);
    if (extent) timeline.current?.showWindow(extent);
  }, [db]);

  const services = useRef<AppServices>(null!);
  services.current = {
    timeline: () => timeline.current,
    fitAll,
    openPaste: () => setPasteOpen(true),
    startImport: async () => {
      const bridge = desktopBridge();
      if (!bridge) return fileInput.current?.click();
      const picked = await bridge.openArticles();
      if (picked.files.length > 0 || picked.errors.length > 0) await importer.importFiles(picked.files, picked.errors);
    },
    setPublished: async (articleId: string, published: string) => {
      try {
        await importer.setPublished(articleId, published);
      } catch (error) {
        ui.notify(`The publication date ${published} was not applied: ${error instanceof Error ? error.message : String(error)}.`);
        return;
      }
      timeline.current?.reload();
      const extent = extentOf(await eventsOfArticle(db, articleId));
      if (extent) timeline.current?.showWindow(extent);
    },
  };
  // One stable context whose services always call the latest closures of this render.
  const ctx = useMemo<ActionContext>(() => {
    const latest = (): AppServices => services.current;
    return {
      db,
      notify: (message) => useUiStore.getState().notify(message),
      services: {
        timeline: () => latest().timeline(),
        fitAll: () => latest().fitAll(),
        openPaste: () => latest().openPaste(),
        startImport: () => latest().startImport(),
        setPublished: (articleId, published) => latest().setPublished(articleId, published),
      },
    };
  }, [db]);
  const run = useCallback((actionId: string, arg?: unknown) => void runAction(ctx, actionId, arg), [ctx]);

  useEffect(() => {
    const desktop = desktopBridge() !== null;
    return installKeyHandler(window, {
      isMac: IS_MAC,
      isEnabled: (action: AppAction<never>) => !action.isEnabled || action.isEnabled(ctx),
      run: (action) => run(action.id),
      ...(desktop ? { skip: MENU_ACCELERATED_ACTIONS } : {}),
    });
  }, [ctx, run]);
  useEffect(() => desktopBridge()?.onMenuCommand((command) => handleMenuCommand(command, run)), [run]);
  // The timeline opens on the remembered view of the case (or everything stored); changes are remembered.
  const viewMemory = useViewMemory(db, remembered);

  return (
    <ActionsProvider value={ctx}>
      <div className="app" onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && ui.select([])}>
        <Toolbar
          leading={
            <>
              <CaseMenu />
              <ViewSwitch />
            </>
          }
        />
        <div className="view-bar" role="toolbar" aria-label="View">
          <SearchBox />
          <LaneControls />
          <FilterBar version={eventsVersion} />
          <span className="toolbar-gap" />
          <WindowCount loaded={loaded} filtered={viewFiltered} />
        </div>
        <div className="workspace">
          <aside className="sidebar" aria-label="Articles">
            <ImportStatus rows={importer.rows} cancelling={importer.cancelling} onCancel={importer.cancel} onDismiss={importer.clearRows} />
            <SearchResults
              version={eventsVersion}
              onChoose={(hit) => {
                ui.select([hit.eventId]);
                timeline.current?.showWindow({ start: hit.start, end: hit.start });
              }}
            />
            <h2 className="section-title" data-article-count={articles.total}>
              Articles{articles.total > 0 ? ` (${formatCount(articles.total)}${filtered ? ' matching' : ''})` : ''}
            </h2>
            <ArticleList
              articles={articles.summaries}
              total={articles.total}
              onShowMore={() => setArticlePages((pages) => pages + 1)}
              busyArticleIds={importer.busyArticleIds}
              onSetPublished={(articleId, published) => run('article.setPublished', { articleId, published })}
              onOpen={setViewerArticleId}
              onDelete={(articleId) => {
                if (viewerArticleId === articleId) setViewerArticleId(null);
                // A re-extraction of the article still running finishes first, then the article goes.
                void importer.settled(articleId).then(() => run('article.delete', articleId));
              }}
            />
          </aside>
          <main className="timeline-area">
            <div className="main-view" data-main-view={ui.mainView}>
              <TimelineView
                db={db}
                handleRef={timeline}
                selectedEventId={selectedEventId}
                selectedEventIds={ui.selectedEventIds}
                onSelect={(id) => ui.select(id ? [id] : [])}
                onSelectMany={(ids) => ui.select(ids)}
                onDoubleClickDate={(start) => run('event.add', { start })}
                onLoaded={setLoaded}
                onDrawn={firstDraw.onDrawn}
                onWindowChange={viewMemory.onWindowChange}
                openingWindow={viewMemory.openingWindow}
              />
              {ui.mainView === 'table' && (
                <Suspense fallback={<p className="table-loading muted">Loading the table…</p>}>
                  <EventTable db={db} />
                </Suspense>
              )}
            </div>
            {storedArticles.total === 0 && !hasEvents && (
              <EmptyState onImport={() => run('file.import')} onPaste={() => setPasteOpen(true)} />
            )}
            <footer className="timeline-footer">
              <Legend />
              <p className="status-line" role="status">
                {ui.notice}
              </p>
            </footer>
          </main>
          <SidePanel db={db} run={run} onOpenArticle={setViewerArticleId} />
        </div>
        <ExportDialogHost
          db={db}
          visibleWindow={() => timeline.current?.visibleWindow() ?? null}
          notify={ui.notify}
          onBusy={(exporting) => ui.setFacts({ exporting })}
        />
        {dragging && <DropOverlay />}
        {pasteOpen && (
          <PasteDialog
            onClose={() => setPasteOpen(false)}
            onSubmit={(pasted) => {
              setPasteOpen(false);
              void importer.importPasted(pasted);
            }}
          />
        )}
        {viewer && (
          <ArticleViewer
            article={viewer.article}
            events={viewer.events}
            onClose={() => setViewerArticleId(null)}
            onSelectEvent={(id) => {
              setViewerArticleId(null);
              ui.select([id]);
            }}
          />
        )}
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          accept={SUPPORTED_EXTENSIONS.map((extension) => `.${extension}`).join(',')}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            if (files.length > 0) void onFiles(files);
          }}
        />
      </div>
    </ActionsProvider>
  );
}
