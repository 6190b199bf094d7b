import { layoutRankingSheet } from "../../src/domain/layout/layoutRankingSheet";
import { rankUnits } from "../../src/domain/ranking/rankUnits";
import { chartXml, drawingXml } from "../../src/xlsx/chartXml";
import { at, child, childNames, findAll, parseXml } from "../helpers/xmlTree";
import { unitAt } from "../helpers/rankingUnits";

const ranking = rankUnits([unitAt("Sở Y tế", 92.5), unitAt("Sở Tư pháp & Tư vấn", 85), unitAt("Sở Mới", 60)]);
const layout = layoutRankingSheet(ranking, { sheetName: "Xếp hạng 2021" });
const spec = layout.charts![0]!;
const chart = parseXml(chartXml(spec, layout.name, layout.cells));
const points = (cache: ReturnType<typeof parseXml>) => findAll(cache, "c:pt").map(({ element }) => child(element, "c:v").text);

describe("chartXml", () => {
  it("is a horizontal clustered bar chart in the elements' schema order", () => {
    expect(chart.name).toBe("c:chartSpace");
    expect(childNames(child(chart, "c:chart"))).toEqual(["c:title", "c:autoTitleDeleted", "c:plotArea", "c:plotVisOnly", "c:dispBlanksAs"]);
    const bar = at(chart, "c:chart", "c:plotArea", "c:barChart");
    expect(childNames(bar)).toEqual(["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:gapWidth", "c:axId", "c:axId"]);
    expect([child(bar, "c:barDir").attrs.val, child(bar, "c:grouping").attrs.val]).toEqual(["bar", "clustered"]);
    expect(findAll(chart, "a:t").map(({ element }) => element.text)).toEqual(["Chỉ số cải cách hành chính của các đơn vị (%)"]);
  });

  it("plots the live unit and percentage ranges, with their current values cached", () => {
    const series = at(chart, "c:chart", "c:plotArea", "c:barChart", "c:ser");
    expect(childNames(series)).toEqual(["c:idx", "c:order", "c:tx", "c:spPr", "c:invertIfNegative", "c:dPt", "c:dPt", "c:dPt", "c:dLbls", "c:cat", "c:val"]);
    expect(at(series, "c:cat", "c:strRef", "c:f").text).toBe("'Xếp hạng 2021'!$B$9:$B$11");
    expect(at(series, "c:val", "c:numRef", "c:f").text).toBe("'Xếp hạng 2021'!$E$9:$E$11");
    expect(points(at(series, "c:cat", "c:strRef", "c:strCache"))).toEqual(["Sở Y tế", "Sở Tư pháp & Tư vấn", "Sở Mới"]);
    expect(points(at(series, "c:val", "c:numRef", "c:numCache"))).toEqual(["92.5", "85", "60"]);
  });

  it("colours each bar by its unit's group", () => {
    const colors = findAll(chart, "c:dPt").map(({ element }) => [child(element, "c:idx").attrs.val, at(element, "c:spPr", "a:solidFill", "a:srgbClr").attrs.val]);
    expect(colors).toEqual([["0", "2E7D32"], ["1", "2F75B5"], ["2", "C0392B"]]);
  });

  it("puts rank 1 at the top with the 0–100 % axis at the bottom", () => {
    const plot = at(chart, "c:chart", "c:plotArea");
    const category = child(plot, "c:catAx");
    const value = child(plot, "c:valAx");
    expect(at(category, "c:scaling", "c:orientation").attrs.val).toBe("maxMin");
    expect(child(value, "c:crosses").attrs.val).toBe("max");
    expect(childNames(child(value, "c:scaling"))).toEqual(["c:orientation", "c:max", "c:min"]);
    expect([at(value, "c:scaling", "c:min").attrs.val, at(value, "c:scaling", "c:max").attrs.val, child(value, "c:majorUnit").attrs.val]).toEqual(["0", "100", "10"]);
    expect(child(category, "c:crossAx").attrs.val).toBe(child(value, "c:axId").attrs.val);
  });
});

describe("drawingXml", () => {
  it("anchors each chart to its cells and points at its chart part", () => {
    const drawing = parseXml(drawingXml([{ spec, relationshipId: "rId1" }]));
    const anchor = child(drawing, "xdr:twoCellAnchor");
    const corner = (name: string) => ["xdr:col", "xdr:row"].map((n) => Number(at(anchor, name, n).text));
    expect(corner("xdr:from")).toEqual([spec.anchor.from.column, spec.anchor.from.row]);
    expect(corner("xdr:to")).toEqual([spec.anchor.to.column, spec.anchor.to.row]);
    expect(at(anchor, "xdr:graphicFrame", "a:graphic", "a:graphicData", "c:chart").attrs["r:id"]).toBe("rId1");
  });
});
