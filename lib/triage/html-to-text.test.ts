import { describe, expect, test } from "vitest";
import { countHtmlTags, extractHtmlLinks, htmlToText } from "./html-to-text";

describe("HTML for triage", () => {
  test("text: hidden blocks dropped, blocks become lines, entities decoded, stray < kept", () => {
    expect(htmlToText("<p>Hi&nbsp;there</p><script>x()</script><!-- c --><style>a{}</style><div>Bye &amp; <b>thanks</b>, 3 < 4 &#x263A;</div>")).toBe("Hi there \nBye & thanks, 3 < 4 ☺");
  });

  test("links keep their href and visible text (the phishing signal)", () => {
    expect(extractHtmlLinks('<a class="x" href="http://evil.test/a">http://<b>bank</b>.test</a> <a href=\'y\'>Y</a> <a name=z>no</a> <A HREF=http://q.test>Q</A>')).toEqual([
      { href: "http://evil.test/a", text: "http://bank.test" },
      { href: "y", text: "Y" },
      { href: "http://q.test", text: "Q" },
    ]);
  });

  test("hostile HTML costs linear time", () => {
    const started = performance.now();
    for (const html of ['<a href="'.repeat(20_000), "<a ".repeat(60_000), "<".repeat(200_000), "<script>".repeat(20_000) + "<!--".repeat(20_000)]) {
      htmlToText(html);
      extractHtmlLinks(html);
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  test("construct counts", () => {
    expect(countHtmlTags('<form><input name=p><div style="display:none">x</div><img src=a><img src=b>')).toEqual({ form: 1, input: 1, hidden: 1, img: 2 });
  });
});
