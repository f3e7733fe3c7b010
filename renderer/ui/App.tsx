// The application shell: toolbar, article list, timeline, event side panel, dialogs and the window-wide
// drop zone, wired to the database, the extraction worker, the exports and the Electron menu.

import { useCallback, useEffect, useRef, useState } from 'react';
import { SUPPORTED_EXTENSIONS } from '../../app/ingest/file-format';
import type { ExportFormat, MenuCommand } from '../../app/ipc/contract';
import { deleteArticle } from '../db/articles-repo';
import { splitFromCluster } from '../db/cluster-repo';
import { eventExtent, eventsOfArticle } from '../db/queries';
import { openTimelineDb } from '../db/timeline-db';
import { desktopBridge } from '../desktop';
import { exportTimeline } from '../export/export-timeline';
import { extentOf } from '../lib/extent';
import { filtersAreEmpty } from '../../app/model/event-filter';
import { useUiStore } from '../state/ui-store';
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
import { ImportStatus } from './ImportStatus';
import { Legend } from './Legend';
import { PasteDialog } from './PasteDialog';
import { useArticleSummaries, useOpenArticle, useSelectedEvent } from './use-db-data';
import { readFiles, useImporter } from './use-importer';
import { useWindowDrop } from './use-window-drop';
import { Toolbar } from './Toolbar';

export function App() {
  const db = openTimelineDb();
  const timeline = useRef<TimelineHandle>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [version, setVersion] = useState(0);
  const [selectedEventId, setSelectedEventId] = useState<string | null>(null);
  const [viewerArticleId, setViewerArticleId] = useState<string | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
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

  const onFiles = useCallback(async (files: File[]) => importer.importFiles(await readFiles(files)), [importer.importFiles]);
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

  const runExport = useCallback(
    async (format: ExportFormat) => {
      const window = timeline.current?.visibleWindow();
      if (!window) return;
      setExporting(true);
      try {
        const result = await exportTimeline(db, window, format, await currentViewPredicate());
        if (result.saved) {
          setNotice(`Exported ${result.eventCount} event${result.eventCount === 1 ? '' : 's'} to ${result.fileName}${result.capped ? ' (capped: zoom in to export fewer)' : ''}.`);
        }
      } catch (error) {
        setNotice(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        setExporting(false);
      }
    },
    [db],
  );

  const setPublished = useCallback(
    async (articleId: string, published: string) => {
      await importer.setPublished(articleId, published);
      const extent = extentOf(await eventsOfArticle(db, articleId));
      if (extent) timeline.current?.showWindow(extent);
    },
    [db, importer.setPublished],
  );

  const removeArticle = useCallback(
    async (articleId: string) => {
      await deleteArticle(db, articleId);
      if (selected?.event.articleId === articleId) setSelectedEventId(null);
      if (viewerArticleId === articleId) setViewerArticleId(null);
      setVersion((v) => v + 1);
      timeline.current?.reload();
    },
    [db, selected, viewerArticleId],
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
    'export-png': () => void runExport('png'),
    'export-svg': () => void runExport('svg'),
    'zoom-in': () => timeline.current?.zoomIn(),
    'zoom-out': () => timeline.current?.zoomOut(),
    fit: () => void fitAll(),
  };
  useEffect(() => desktopBridge()?.onMenuCommand((command) => commands.current[command]()), []);

  // Show the remembered view of the case when the app opens (or everything stored), and remember changes.
  const onWindowChange = useViewMemory(db, timeline, fitAll);

  return (
    <div className="app" onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && setSelectedEventId(null)}>
      <Toolbar
        hasEvents={hasEvents}
        exporting={exporting}
        onImport={() => void startImport()}
        onPaste={() => setPasteOpen(true)}
        onZoomIn={() => timeline.current?.zoomIn()}
        onZoomOut={() => timeline.current?.zoomOut()}
        onFit={() => void fitAll()}
        onExport={(format) => void runExport(format)}
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
          <TimelineView
            db={db}
            handleRef={timeline}
            selectedEventId={selectedEventId}
            onSelect={setSelectedEventId}
            onLoaded={setLoaded}
            onWindowChange={onWindowChange}
          />
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
