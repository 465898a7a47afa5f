/** Where the public survey forms live, and a period's own. */
export const SURVEY_FORMS_PATH = '/survei';

export const formPathOf = (code: string) => `${SURVEY_FORMS_PATH}/${code}`;
