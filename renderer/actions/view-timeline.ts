// "Timeline": shows the events on the zoomable timeline (the default view).

import { useUiStore } from '../state/ui-store';
import { registerAction } from './registry';

export const showTimelineAction = registerAction({
  id: 'view.timeline',
  label: 'Timeline',
  run() {
    useUiStore.getState().setMainView('timeline');
  },
});
