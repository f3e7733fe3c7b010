// The dialog of "New case" and "Rename case…": one "Case name" field, checked as it is typed.

import { useState } from 'react';
import { checkCaseName } from '../../app/storage/cases';
import { Modal } from '../ui/Modal';

interface Props {
  title: string;
  submitLabel: string;
  initialName: string;
  onSubmit(name: string): void;
  onClose(): void;
}

export function CaseNameDialog({ title, submitLabel, initialName, onSubmit, onClose }: Props) {
  const [name, setName] = useState(initialName);
  const checked = checkCaseName(name);
  return (
    <Modal title={title} onClose={onClose} className="case-dialog">
      <form
        className="case-form"
        onSubmit={(event) => {
          event.preventDefault();
          if ('name' in checked) onSubmit(checked.name);
        }}
      >
        <label>
          Case name
          <input type="text" value={name} autoFocus onChange={(event) => setName(event.target.value)} aria-invalid={'error' in checked} />
        </label>
        {'error' in checked && name.length > 0 && <p className="form-error">{checked.error}</p>}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={'error' in checked}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
