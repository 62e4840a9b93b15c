import { computed, shallowRef } from 'vue';
import { ReviewChainPeopleDocument, useGraphQL, type ReviewChainPeopleQuery } from '@dsg/admin-data-access';

export interface PersonOption {
  id: string;
  label: string;
}

/** Enough for any institution; a runaway cursor stops here instead of looping. */
const MAX_PAGES = 10;

/**
 * The institution's people, to pick the 建设组 reviewers. A failed or partial load leaves fewer
 * choices (already chosen ids still show); it is not an error of the page.
 */
export function usePeople() {
  const { request } = useGraphQL();
  const people = shallowRef<{ id: string; username: string; displayName: string }[]>([]);

  async function load(): Promise<void> {
    const all: { id: string; username: string; displayName: string }[] = [];
    let after: string | null = null;
    try {
      for (let page = 0; page < MAX_PAGES; page++) {
        const data: ReviewChainPeopleQuery = await request(ReviewChainPeopleDocument, { after });
        all.push(...data.users.edges.map(({ node }) => node));
        if (!data.users.pageInfo.hasNextPage) break;
        after = data.users.pageInfo.endCursor ?? null;
      }
    } catch {
      // Fewer choices; the select still shows the ids already chosen.
    }
    people.value = all;
  }

  const options = computed<PersonOption[]>(() =>
    people.value.map((person) => ({ id: person.id, label: person.displayName ? `${person.displayName} (${person.username})` : person.username })),
  );

  return { options, load };
}
