// Page object for the first screen. Tests act through roles, labels and data-testid hooks only.
export class StartPage {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
    this.heading = page.getByRole("heading", { level: 1 });
    this.appRoot = page.getByTestId("app-root");
    this.bootMessage = page.getByTestId("boot");
    this.startSection = page.getByTestId("start-page");
    this.startButton = page.getByTestId("start");
    this.urgentHelp = page.getByTestId("urgent-help");
    this.urgentHeading = page.getByRole("heading", { name: /hjälp genast|apua heti|help right now/i });
    this.call112 = page.getByTestId("call-112");
    this.urgentLink = page.getByTestId("urgent-link");
  }

  async open(query = "") {
    await this.page.goto(`${this.origin}/${query}`);
    await this.startSection.waitFor();
  }
}
