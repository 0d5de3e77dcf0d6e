import { Fragment } from 'preact';
import { dismissRecovered, recoveredTakes } from '../practice/recovered';
import { questionById } from '../ui/bank-state';

/** After a crash or a closed tab: say that the take was kept, and where to hear it. */
export function RecoveredNotice() {
  const list = recoveredTakes.value;
  if (list.length === 0) return null;
  const questionIds = [...new Set(list.map((t) => t.questionId))];
  const one = list.length === 1;
  return (
    <div class="banner" role="status">
      <span>
        {one
          ? 'A take was still recording when Rehearse closed. It is kept: '
          : `${list.length} takes were still recording when Rehearse closed. They are kept: `}
        {questionIds.map((id, i) => (
          <Fragment key={id}>
            {i > 0 && ', '}
            <a href={`/q/${id}`} onClick={dismissRecovered}>
              {questionById(id)?.text ?? 'your question'}
            </a>
          </Fragment>
        ))}
      </span>
      <button type="button" class="button" onClick={dismissRecovered}>
        Dismiss
      </button>
    </div>
  );
}
