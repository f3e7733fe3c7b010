// The application shell: toolbar, article list, timeline, side panel (event details, editor or Review panel),
// dialogs and the window-wide drop zone. Wiring only: commands are actions of the registry (renderer/actions/),
// run by the toolbar, the keys and the Electron menu through one dispatcher; UI state is the zustand store;
// database reads are useLiveQuery hooks (use-db-data.ts).

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SUPPORTED_EXTENSIONS } from '../../app/ingest/file-format';
import { formOfEvent } from '../../app/model/event-fields';
import type { ExportFormat } from '../../app/ipc/contract';
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
import { exportTimeline } from '../export/export-timeline';
import { extentOf } from '../lib/extent';
import { primarySelection, useUiStore } from '../state/ui-store';
import { MAX_VISIBLE_ITEMS, TimelineView, type LoadedInfo, type TimelineHandle } from '../timeline/TimelineView';
import { ActionsProvider } from './actions-context';
import { ArticleList } from './ArticleList';
import { ArticleViewer } from './ArticleViewer';
import { DropOverlay } from './DropOverlay';
import { EmptyState } from './EmptyState';
import { EventDetails } from './EventDetails';
import { EventEditor } from './EventEditor';
import { isFinished } from './import-progress';
import { ImportStatus } from './ImportStatus';
import { Legend } from './Legend';
import { PasteDialog } from './PasteDialog';
import { ReviewPanel } from './ReviewPanel';
import { useArticleSummaries, useHasEvents, useHistoryState, useOpenArticle, useSelectedEvent } from './use-db-data';
import { readFiles, useImporter } from './use-importer';
import { useWindowDrop } from './use-window-drop';
import { Toolbar } from './Toolbar';

export function App() {
  const db = openTimelineDb();
  const timeline = useRef<TimelineHandle>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [viewerArticleId, setViewerArticleId] = useState<string | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [loaded, setLoaded] = useState<LoadedInfo>({ shown: 0, capped: false });
  const ui = useUiStore();
  const selectedEventId = primarySelection(ui);

  const [importTick, setImportTick] = useState(0);
  const selected = useSelectedEvent(db, selectedEventId);
  const editing = useSelectedEvent(db, ui.editor?.mode === 'edit' ? ui.editor.eventId : null);
  const viewer = useOpenArticle(db, viewerArticleId);
  const history = useHistoryState(db);
  const hasEvents = useHasEvents(db);
  useEffect(
    () => ui.setFacts({ hasEvents, undoLabel: history.undoLabel, redoLabel: history.redoLabel }),
    [hasEvents, history.undoLabel, history.redoLabel],
  ); // eslint-disable-line react-hooks/exhaustive-deps

  const importer = useImporter({
    onChanged: () => {
      setImportTick((tick) => tick + 1);
      timeline.current?.reload();
    },
    onImported: (extent) => {
      if (extent) timeline.current?.showWindow(extent);
    },
  });
  const articles = useArticleSummaries(db, importer.rows.some((row) => !isFinished(row.state)), importTick);
  const onFiles = useCallback(async (files: File[]) => importer.importFiles(await readFiles(files)), [importer.importFiles]);
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
    exportTimeline: async (format: ExportFormat) => {
      const window = timeline.current?.visibleWindow();
      if (!window) return;
      ui.setFacts({ exporting: true });
      try {
        const result = await exportTimeline(db, window, format);
        if (result.saved) {
          ui.notify(
            `Exported ${result.eventCount} event${result.eventCount === 1 ? '' : 's'} to ${result.fileName}${result.capped ? ' (capped: zoom in to export fewer)' : ''}.`,
          );
        }
      } catch (error) {
        ui.notify(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        ui.setFacts({ exporting: false });
      }
    },
    setPublished: async (articleId: string, published: string) => {
      await importer.setPublished(articleId, published);
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
        exportTimeline: (format) => latest().exportTimeline(format),
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
  useEffect(() => {
    void fitAll(); // show what is stored when the app opens
  }, [fitAll]);

  const side = ui.editor ? (
    ui.editor.mode === 'add' ? (
      <EventEditor
        key="add"
        title="Add event"
        initial={formOfEvent({ start: ui.editor.start ?? new Date().toISOString().slice(0, 10), label: '' })}
        onSave={(fields) => run('event.add', { fields })}
        onCancel={() => ui.openEditor(null)}
      />
    ) : (
      editing && (
        <EventEditor
          key={editing.event.id}
          title="Edit event"
          initial={formOfEvent(editing.event)}
          onSave={(fields) => {
            ui.openEditor(null);
            run('event.edit', { eventId: editing.event.id, fields });
          }}
          onCancel={() => ui.openEditor(null)}
        />
      )
    )
  ) : ui.reviewOpen ? (
    <ReviewPanel db={db} />
  ) : (
    selected && (
      <EventDetails
        db={db}
        event={selected.event}
        article={selected.article}
        sources={selected.sources}
        onSplit={(eventId) => run('event.split', eventId)}
        onEdit={() => ui.openEditor({ mode: 'edit', eventId: selected.event.id })}
        onDelete={() => run('event.delete', selected.event.id)}
        onMerge={(otherId) => run('event.merge', { eventId: selected.event.id, otherId })}
        onOpenArticle={setViewerArticleId}
        onClose={() => ui.select([])}
      />
    )
  );

  return (
    <ActionsProvider value={ctx}>
      <div className="app" onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && ui.select([])}>
        <Toolbar />
        <div className="workspace">
          <aside className="sidebar" aria-label="Articles">
            <ImportStatus rows={importer.rows} cancelling={importer.cancelling} onCancel={importer.cancel} onDismiss={importer.clearRows} />
            <h2 className="section-title" data-article-count={articles.length}>
              Articles{articles.length > 0 ? ` (${articles.length.toLocaleString('en')})` : ''}
            </h2>
            <ArticleList
              articles={articles}
              busyArticleIds={importer.busyArticleIds}
              onSetPublished={(articleId, published) => run('article.setPublished', { articleId, published })}
              onOpen={setViewerArticleId}
              onDelete={(articleId) => {
                if (viewerArticleId === articleId) setViewerArticleId(null);
                run('article.delete', articleId);
              }}
            />
          </aside>
          <main className="timeline-area">
            <TimelineView
              db={db}
              handleRef={timeline}
              selectedEventId={selectedEventId}
              selectedEventIds={ui.selectedEventIds}
              onSelect={(id) => ui.select(id ? [id] : [])}
              onSelectMany={(ids) => ui.select(ids)}
              onDoubleClickDate={(start) => run('event.add', { start })}
              onLoaded={setLoaded}
            />
            {articles.length === 0 && !hasEvents && <EmptyState onImport={() => run('file.import')} onPaste={() => setPasteOpen(true)} />}
            <footer className="timeline-footer">
              <Legend />
              <p className="status-line" role="status">
                {loaded.capped
                  ? `Too many events to draw: showing ${MAX_VISIBLE_ITEMS.toLocaleString('en')} spread over this window; zoom in to see all. `
                  : ''}
                {ui.notice}
              </p>
            </footer>
          </main>
          {side}
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
