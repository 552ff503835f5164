// Page objects for the questionnaire, the summary and the results. Tests act through roles,
// labels and data-testid hooks only.

/** What every page has: the language switch, "Help right now" and the notes about the link. */
export class Chrome {
  constructor(page) {
    this.page = page;
    this.helpRightNow = page.getByTestId("help-right-now");
    this.notes = page.getByTestId("query-notes");
    this.stepHeading = page.locator("#step-heading");
  }

  languageLink(id) {
    return this.page.getByTestId(`lang-${id}`);
  }

  /** The URL query as the app wrote it, without `?`. */
  query() {
    return new URL(this.page.url()).search.replace(/^\?/, "");
  }
}

export class QuestionPage extends Chrome {
  constructor(page) {
    super(page);
    this.root = page.getByTestId("question-page");
    this.progress = page.getByTestId("progress");
    this.back = page.getByTestId("back");
    this.continueButton = page.getByTestId("continue");
    this.notSure = page.getByTestId("not-sure");
    this.errorSummary = page.getByTestId("error-summary");
    this.fieldError = page.getByTestId("field-error");
    this.field = page.locator("#answer-input");
    this.suggestions = page.getByRole("option");
    this.suggestionsStatus = page.getByTestId("suggestions-status");
    this.useLocation = page.getByTestId("use-location");
    this.locationMessage = page.getByTestId("location-message");
  }

  /** The id of the question shown (`age`, `municipality`, ...), once a question is shown. */
  async question() {
    await this.root.waitFor();
    return this.root.getAttribute("data-question");
  }

  async waitFor(question) {
    await this.page.locator(`[data-testid="question-page"][data-question="${question}"]`).waitFor();
  }

  option(label) {
    return this.page.getByLabel(label, { exact: true });
  }

  optionLabel(label) {
    return this.root.locator("label", { hasText: label });
  }
}

export class SummaryPage extends Chrome {
  constructor(page) {
    super(page);
    this.root = page.getByTestId("summary-page");
    this.showResults = page.getByTestId("show-results");
    this.startAgain = page.getByTestId("start-again");
    this.back = page.getByTestId("back");
  }

  row(question) {
    return this.page.getByTestId(`summary-${question}`);
  }

  change(question) {
    return this.page.getByTestId(`change-${question}`);
  }

  async waitFor() {
    await this.root.waitFor();
  }
}

export class ResultsPage extends Chrome {
  constructor(page) {
    super(page);
    this.root = page.getByTestId("results-page");
    this.urgentPage = page.getByTestId("urgent-page");
    this.cards = page.getByTestId("results").getByTestId("service-card");
    this.filters = page.getByTestId("filter");
    this.fitNote = page.getByTestId("fit-note");
    this.changeAnswers = page.getByTestId("change-answers");
    this.startAgain = page.getByTestId("start-again");
    this.back = page.getByTestId("back");
  }

  async serviceIds() {
    return this.cards.evaluateAll((cards) => cards.map((card) => card.dataset.serviceId));
  }

  card(id) {
    return this.page.getByTestId("results").locator(`[data-service-id="${id}"]`);
  }
}

export class ServicePage extends Chrome {
  constructor(page) {
    super(page);
    this.root = page.getByTestId("service-page");
    this.back = page.getByTestId("back");
    this.hours = page.locator("table.hours");
  }
}

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `limit`. */
export async function tabTo(page, target, limit = 40) {
  const handle = await target.elementHandle();
  for (let presses = 0; presses < limit; presses++) {
    if (await handle.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Nothing of the person's answers is kept in the browser: no storage, no cookie. */
export async function storedNothing(page, context) {
  const stored = await page.evaluate(() => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
  }));
  return { ...stored, cookies: (await context.cookies()).length };
}
