/** @jest-environment jsdom */
// The error bar comes into sight by itself: in a 320 px pane the failed button is often far below it.
import { screen } from "@testing-library/react";
import { createFakeOperations } from "../helpers/fakeOperations";
import { renderPane } from "./renderPane";

describe("the error bar", () => {
  const scrollIntoView = jest.fn();
  beforeAll(() => {
    // jsdom lays nothing out and has no scrollIntoView; the browser behaviour is proven by npm run test:e2e.
    Element.prototype.scrollIntoView = scrollIntoView;
  });
  afterAll(() => {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it("scrolls itself into view when an action fails, once per new message", async () => {
    const operations = createFakeOperations();
    operations.loadTemplate
      .mockRejectedValueOnce(new Error("Sổ làm việc đang được bảo vệ."))
      .mockRejectedValueOnce(new Error("Mất kết nối với Excel."));
    const { user } = await renderPane({ operations });
    scrollIntoView.mockClear();

    await user.click(screen.getByRole("button", { name: "Tạo trang chấm điểm" }));
    const bar = await screen.findByRole("group", { name: "Không thực hiện được" });
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toBe(bar);
    expect(scrollIntoView).toHaveBeenCalledWith({ block: "nearest" });

    await user.click(screen.getByRole("button", { name: "Tạo trang chấm điểm" }));
    await screen.findByText(/Mất kết nối với Excel\./);
    expect(scrollIntoView).toHaveBeenCalledTimes(2);
  });
});
