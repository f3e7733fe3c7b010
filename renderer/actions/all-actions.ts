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
