// The application shell: toolbar, article list, timeline, event side panel, dialogs and the window-wide
// drop zone, wired to the database, the extraction worker, the exports and the Electron menu.

import { useCallback, useEffect, useRef, useState } from 'react';
import { backUpCaseAction } from '../actions/case-backup';
import { restoreCaseAction } from '../actions/case-restore';
import { CaseMenu } from '../cases/CaseMenu';
import { runAction } from '../cases/run-action';
import { SUPPORTED_EXTENSIONS } from '../../app/ingest/file-format';
import type { ExportFormat, MenuCommand } from '../../app/ipc/contract';
import { openExportDialogAction } from '../actions/open-export-dialog';
import { deleteArticle } from '../db/articles-repo';
import { splitFromCluster } from '../db/cluster-repo';
import { eventExtent, eventsOfArticle } from '../db/queries';
import { openTimelineDb } from '../db/timeline-db';
import { desktopBridge } from '../desktop';
import { primarySelection, useUiStore } from '../state/ui-store';
import { EventTable } from '../table/EventTable';
import { ViewSwitch } from '../table/ViewSwitch';
import { extentOf } from '../lib/extent';
import { filtersAreEmpty } from '../../app/model/event-filter';
import { TimelineView, type LoadedInfo, type TimelineHandle } from '../timeline/TimelineView';
import { FilterBar } from './FilterBar';
import { LaneControls } from './LaneControls';
import { SearchBox, SearchResults } from './SearchBox';
import { useFilteredArticles } from './use-filtered-articles';
import { useViewMemory } from './use-view-memory';
import { currentViewPredicate } from './view-predicate';
import { WindowCount } from './WindowCount';
import { ArticleList } from './ArticleList';
import { ArticleViewer } from './ArticleViewer';
import { DropOverlay } from './DropOverlay';
import { EmptyState } from './EmptyState';
import { EventDetails } from './EventDetails';
import { ExportDialogHost } from './ExportDialogHost';
import { ImportStatus } from './ImportStatus';
import { Legend } from './Legend';
import { PasteDialog } from './PasteDialog';
import { useArticleSummaries, useOpenArticle, useSelectedEvent } from './use-db-data';
import { readFiles } from './read-dropped-files';
import { useImporter } from './use-importer';
import { useWindowDrop } from './use-window-drop';
import { Toolbar } from './Toolbar';

export function App() {
  const db = openTimelineDb();
  const timeline = useRef<TimelineHandle>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [version, setVersion] = useState(0);
  const selectedEventId = useUiStore(primarySelection);
  const mainView = useUiStore((state) => state.mainView);
  const notice = useUiStore((state) => state.notice);
  const setNotice = useUiStore((state) => state.notify);
  const setSelectedEventId = useCallback((id: string | null) => useUiStore.getState().select(id ? [id] : []), []);
  const [viewerArticleId, setViewerArticleId] = useState<string | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [loaded, setLoaded] = useState<LoadedInfo>({ shown: 0, capped: false });
  const [exporting, setExporting] = useState(false);

  const allArticles = useArticleSummaries(db, version);
  const { articles, filtered } = useFilteredArticles(allArticles);
  const viewFiltered = useUiStore((state) => !filtersAreEmpty(state.filters) || state.search.trim() !== '');
  const selected = useSelectedEvent(db, selectedEventId, version);
  const viewer = useOpenArticle(db, viewerArticleId, version);
  const hasEvents = allArticles.some((summary) => summary.eventCount > 0);

  const importer = useImporter({
    onChanged: () => {
      setVersion((v) => v + 1);
      timeline.current?.reload();
    },
    onImported: (extent) => {
      if (extent) timeline.current?.showWindow(extent);
    },
  });

  const onFiles = useCallback(async (files: File[]) => {
    const read = await readFiles(files);
    return importer.importFiles(read.files, read.errors);
  }, [importer.importFiles]);
  const dragging = useWindowDrop(onFiles);

  const fitAll = useCallback(async () => {
    const extent = await eventExtent(db);
    if (extent) timeline.current?.showWindow(extent);
  }, [db]);

  const startImport = useCallback(async () => {
    const bridge = desktopBridge();
    if (!bridge) return fileInput.current?.click();
    const picked = await bridge.openArticles();
    if (picked.files.length > 0 || picked.errors.length > 0) await importer.importFiles(picked.files, picked.errors);
  }, [importer.importFiles]);

  const openExport = useCallback((format: ExportFormat) => void openExportDialogAction.run({ db, notify: setNotice }, format), [db]);

  const setPublished = useCallback(
    async (articleId: string, published: string) => {
      try {
        await importer.setPublished(articleId, published);
      } catch (error) {
        return setNotice(`The publication date ${published} was not applied: ${error instanceof Error ? error.message : String(error)}.`);
      }
      const extent = extentOf(await eventsOfArticle(db, articleId));
      if (extent) timeline.current?.showWindow(extent);
    },
    [db, importer.setPublished],
  );

  const removeArticle = useCallback(
    async (articleId: string) => {
      await importer.settled(articleId); // a re-extraction still running finishes first, then the article goes
      try {
        await deleteArticle(db, articleId);
      } catch (error) {
        setNotice(`Delete failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (selected?.event.articleId === articleId) setSelectedEventId(null);
      if (viewerArticleId === articleId) setViewerArticleId(null);
      setVersion((v) => v + 1);
      timeline.current?.reload();
    },
    [db, selected, viewerArticleId, setSelectedEventId, importer.settled],
  );

  const splitSource = useCallback(
    async (eventId: string) => {
      try {
        await splitFromCluster(db, eventId);
      } catch (error) {
        setNotice(`Split failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      setVersion((v) => v + 1);
      timeline.current?.reload();
    },
    [db],
  );

  const commands = useRef<Record<MenuCommand, () => void>>(null!);
  commands.current = {
    import: () => void startImport(),
    'paste-article': () => setPasteOpen(true),
    'export-png': () => openExport('png'),
    'export-svg': () => openExport('svg'),
    'export-pdf': () => openExport('pdf'),
    'export-csv': () => openExport('csv'),
    'export-json': () => openExport('json'),
    'zoom-in': () => timeline.current?.zoomIn(),
    'zoom-out': () => timeline.current?.zoomOut(),
    fit: () => void fitAll(),
    'new-case': () => useUiStore.getState().openCaseDialog('new'),
    'backup-case': () => void runAction(backUpCaseAction, undefined),
    'restore-case': () => void runAction(restoreCaseAction, undefined),
  };
  useEffect(() => desktopBridge()?.onMenuCommand((command) => commands.current[command]()), []);

  // Show the remembered view of the case when the app opens (or everything stored), and remember changes.
  const onWindowChange = useViewMemory(db, timeline, fitAll);

  return (
    <div className="app" onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && setSelectedEventId(null)}>
      <Toolbar
        leading={
          <>
            <CaseMenu />
            <ViewSwitch />
          </>
        }
        hasEvents={hasEvents}
        exporting={exporting}
        onImport={() => void startImport()}
        onPaste={() => setPasteOpen(true)}
        onZoomIn={() => timeline.current?.zoomIn()}
        onZoomOut={() => timeline.current?.zoomOut()}
        onFit={() => void fitAll()}
        onOpenExport={() => openExport('png')}
      />
      <div className="view-bar" role="toolbar" aria-label="View">
        <SearchBox />
        <LaneControls />
        <FilterBar db={db} articles={allArticles} version={version} />
        <span className="toolbar-gap" />
        <WindowCount loaded={loaded} filtered={viewFiltered} />
      </div>
      <div className="workspace">
        <aside className="sidebar" aria-label="Articles">
          <ImportStatus rows={importer.rows} cancelling={importer.cancelling} onCancel={importer.cancel} onDismiss={importer.clearRows} />
          <SearchResults
            version={version}
            onChoose={(hit) => {
              setSelectedEventId(hit.eventId);
              timeline.current?.showWindow({ start: hit.start, end: hit.start });
            }}
          />
          <h2 className="section-title" data-article-count={articles.length}>
            Articles{articles.length > 0 ? ` (${articles.length.toLocaleString('en')}${filtered ? ' matching' : ''})` : ''}
          </h2>
          <ArticleList
            articles={articles}
            busyArticleIds={importer.busyArticleIds}
            onSetPublished={(id, published) => void setPublished(id, published)}
            onOpen={setViewerArticleId}
            onDelete={(id) => void removeArticle(id)}
          />
        </aside>
        <main className="timeline-area">
          <div className="main-view" data-main-view={mainView}>
            <TimelineView
              db={db}
              handleRef={timeline}
              selectedEventId={selectedEventId}
              onSelect={setSelectedEventId}
              onLoaded={setLoaded}
              onWindowChange={onWindowChange}
            />
            {mainView === 'table' && <EventTable db={db} />}
          </div>
          {allArticles.length === 0 && <EmptyState onImport={() => void startImport()} onPaste={() => setPasteOpen(true)} />}
          <footer className="timeline-footer">
            <Legend />
            <p className="status-line" role="status">
              {notice}
            </p>
          </footer>
        </main>
        {selected && (
          <EventDetails
            event={selected.event}
            article={selected.article}
            sources={selected.sources}
            onSplit={(eventId) => void splitSource(eventId)}
            onOpenArticle={setViewerArticleId}
            onClose={() => setSelectedEventId(null)}
          />
        )}
      </div>
      <ExportDialogHost db={db} visibleWindow={() => timeline.current?.visibleWindow() ?? null} notify={setNotice} onBusy={setExporting} />
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
            setSelectedEventId(id);
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
  );
}
