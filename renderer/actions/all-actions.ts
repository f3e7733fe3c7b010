// Registers every action (each file registers its own on import). Import this once (App.tsx, tests); a developer
// adding an action writes one file under renderer/actions/ and adds one import line here.

import './history-undo';
import './history-redo';
import './event-add';
import './event-edit';
import './event-delete';
import './event-merge';
import './event-split';
import './article-delete';
import './article-set-published';
import './review-open';
import './review-accept';
import './review-reject';
import './review-edit';
import './review-move';
import './file-import';
import './file-paste';
import './view-zoom-out';
import './view-zoom-in';
import './view-fit';
import './export-png';
import './export-svg';
import './export-pdf';
import './export-csv';
import './export-json';
import './copy-image';
import './open-export-dialog';
import './case-new';
import './case-rename';
import './case-switch';
import './case-delete';
import './case-backup';
import './case-restore';
import './view-table';
import './view-timeline';
import './case-new-dialog';
