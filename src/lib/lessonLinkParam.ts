/** The query parameter that carries a whole lesson (kept apart so the first load need not fetch the link codec). */
export const lessonLinkParam = 'lesson';
