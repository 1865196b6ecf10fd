import { movePinAction, unpinAction } from "@/app/admin/front-page/actions";
import type { SlotStory } from "@/db/queries/front-page";
import { ActionButtonForm } from "./action-button-form";

/** Marks a slotted story readers cannot see now (unpublished since it was chosen). */
export function NotLive({ story }: { story: SlotStory }) {
  if (story.live) return null;
  return (
    <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">
      Not published: hidden from readers
    </span>
  );
}

/** The pinned stories in front-page order, each with its own move and unpin buttons. */
export function FrontPagePins({ pins }: { pins: SlotStory[] }) {
  if (pins.length === 0) return <p className="text-sm text-muted">No pinned stories.</p>;
  return (
    <ol
      className="divide-y divide-stone-200 rounded border border-stone-300 bg-white"
      aria-label="Pinned stories"
    >
      {pins.map((story, i) => {
        const fields = { articleId: String(story.id) };
        return (
          <li key={story.id} className="flex flex-wrap items-start justify-between gap-3 p-3">
            <p className="font-semibold">
              <span className="mr-2 text-muted">{i + 1}.</span>
              {story.headline}
              <NotLive story={story} />
            </p>
            <div className="flex flex-wrap items-start gap-2">
              {i > 0 ? (
                <ActionButtonForm
                  action={movePinAction}
                  fields={{ ...fields, direction: "up" }}
                  ariaLabel={`Move up: ${story.headline}`}
                >
                  Move up
                </ActionButtonForm>
              ) : null}
              {i < pins.length - 1 ? (
                <ActionButtonForm
                  action={movePinAction}
                  fields={{ ...fields, direction: "down" }}
                  ariaLabel={`Move down: ${story.headline}`}
                >
                  Move down
                </ActionButtonForm>
              ) : null}
              <ActionButtonForm
                action={unpinAction}
                fields={fields}
                ariaLabel={`Unpin: ${story.headline}`}
                variant="danger"
              >
                Unpin
              </ActionButtonForm>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
