// Every view the app has, as the accessibility tests visit them: a name, the query that opens
// it (after lang=), what to wait for, and what to do first.
const ANSWERS = "age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi";

/** Each view: a name, the query that opens it, what to wait for, and what to do first. */
export const VIEWS = [
  { name: "start", query: "", ready: "[data-testid=start-page]" },
  { name: "question: age", query: "edit=age", ready: "[data-question=age]" },
  {
    name: "question: age, with its error summary",
    query: "edit=age",
    ready: "[data-question=age]",
    act: async (page) => {
      await page.getByTestId("continue").click();
      await page.getByTestId("error-summary").waitFor();
    },
  },
  { name: "question: municipality", query: "age=19", ready: "[data-question=municipality]" },
  {
    name: "question: municipality, suggestions open",
    query: "age=19",
    ready: "[data-question=municipality]",
    act: async (page) => {
      await page.locator("#answer-input").fill("jyv");
      await page.getByRole("option").first().waitFor();
    },
  },
  { name: "question: situation", query: "age=19&municipality=091", ready: "[data-question=situation]" },
  { name: "question: needs", query: "age=19&municipality=091&situation=looking-for-work", ready: "[data-question=needs]" },
  {
    name: "question: reach",
    query: "age=19&municipality=091&situation=looking-for-work&needs=work",
    ready: "[data-question=reach]",
  },
  {
    name: "question: service language",
    query: "age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit",
    ready: "[data-question=service_lang]",
  },
  { name: "summary", query: ANSWERS, ready: "[data-testid=summary-page]" },
  { name: "results", query: `${ANSWERS}&done=1`, ready: "[data-testid=qr-code]" },
  { name: "results, filtered", query: `${ANSWERS}&done=1&only=sv`, ready: "[data-testid=results-page]" },
  { name: "service page", query: `${ANSWERS}&done=1&service=ohjaamo-helsinki`, ready: "[data-testid=service-page]" },
  { name: "help right now", query: "urgent=1", ready: "[data-testid=urgent-page]" },
  // Search and browse (search.test.mjs).
  { name: "search results", query: "q=ohjaamo", ready: "[data-testid=results-page] [data-testid=service-card]" },
  { name: "search, nothing found", query: "q=xqzvw", ready: "[data-testid=listing-links]" },
  { name: "browse: the lists", query: "browse=all", ready: "[data-testid=listing-links]" },
  { name: "browse: by need", query: "browse=need-work", ready: "[data-testid=results-page] [data-testid=service-card]" },
  { name: "a region's overview", query: "region=13", ready: "[data-testid=overview-facts]" },
  // Kiosk mode (kiosk.test.mjs): "Start again" above the page, contacts as text and QR codes,
  // "you are here" on the service point's own service.
  { name: "kiosk: start", query: "kiosk=1", ready: "[data-testid=kiosk-start-again]" },
  {
    name: "kiosk: results",
    query: `${ANSWERS}&done=1&kiosk=1&kiosk_here=ohjaamo-helsinki`,
    ready: "[data-testid=you-are-here]",
  },
  {
    name: "kiosk: service page, larger text",
    query: `${ANSWERS}&done=1&service=ohjaamo-helsinki&kiosk=1&kiosk_here=ohjaamo-helsinki&kiosk_text=large`,
    ready: "[data-testid=kiosk-start-again]",
  },
  {
    name: "catalogue not loaded",
    query: "urgent=1",
    ready: "[data-testid=load-failed]",
    before: (page) => page.route("**/catalogue/national.pack.txt", (route) => route.fulfill({ status: 503, body: "" })),
  },
];

/** Opens `view` in `lang` and waits until it is ready. */
export async function openView(page, origin, view, lang) {
  await page.unrouteAll();
  if (view.before) await view.before(page);
  const query = [`lang=${lang}`, view.query].filter(Boolean).join("&");
  await page.goto(`${origin}/?${query}`);
  await page.locator(view.ready).first().waitFor();
  if (view.act) await view.act(page);
}
