// The confirmation before a case is deleted, naming what will be lost: "Delete case “X” with N articles and M events?"

import { useEffect, useState } from 'react';
import type { CaseRecord } from '../../app/storage/cases';
import { Modal } from '../ui/Modal';
import { caseContents, deleteConfirmation, type CaseContents } from './case-registry';

interface Props {
  record: CaseRecord;
  /** False when it is the only case (it cannot be deleted then). */
  canDelete: boolean;
  onConfirm(): void;
  onClose(): void;
}

export function DeleteCaseDialog({ record, canDelete, onConfirm, onClose }: Props) {
  const [contents, setContents] = useState<CaseContents | null>(null);
  useEffect(() => {
    void caseContents(record.databaseName).then(setContents, () => setContents({ articles: 0, events: 0 }));
  }, [record.databaseName]);
  return (
    <Modal title="Delete case" onClose={onClose} className="case-dialog">
      <div className="case-dialog-body">
        <p className="case-confirm">{contents ? deleteConfirmation(record, contents) : 'Counting what the case holds…'}</p>
        {contents && <p className="muted">This cannot be undone. Back up the case first to keep a copy.</p>}
        {!canDelete && <p className="form-error">This is the only case: make another case before deleting it.</p>}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose} autoFocus>
            Cancel
          </button>
          <button type="button" className="button danger" disabled={!contents || !canDelete} onClick={onConfirm}>
            Delete case
          </button>
        </div>
      </div>
    </Modal>
  );
}
