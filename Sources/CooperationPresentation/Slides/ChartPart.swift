/// A chart part (`c:chartSpace`, ECMA-376 Part 1 §21.2) holding one bar chart: one series of
/// counts by category, horizontal bars, each bar's value shown. Values are kept in the part's
/// caches, so the chart draws without an embedded workbook.
struct ChartPart: Sendable {
    /// The name of the series (its legend and the tooltip of its bars).
    let series: String
    /// Category names and their counts, in the order the bars are drawn from the top.
    let values: [(category: String, count: Int)]
    /// The bars' colour element.
    let colour: String
    /// The language tag of the text.
    let language: String

    /// The part's XML.
    func xml() -> String {
        // Horizontal bar charts draw their first category at the bottom; reverse so the list reads from the top.
        let ordered = Array(values.reversed())
        let count = ordered.count
        let categories = "<c:strRef><c:f>Sheet1!$A$2:$A$\(count + 1)</c:f><c:strCache><c:ptCount val=\"\(count)\"/>"
            + ordered.enumerated().map { #"<c:pt idx="\#($0.offset)"><c:v>\#(DrawingML.escape($0.element.category))</c:v></c:pt>"# }.joined()
            + "</c:strCache></c:strRef>"
        let numbers = "<c:numRef><c:f>Sheet1!$B$2:$B$\(count + 1)</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"\(count)\"/>"
            + ordered.enumerated().map { #"<c:pt idx="\#($0.offset)"><c:v>\#($0.element.count)</c:v></c:pt>"# }.joined()
            + "</c:numCache></c:numRef>"
        let text = #"<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="\#(language)"/></a:p></c:txPr>"#
        return OOXMLParts.declaration
            + #"<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + #"<c:lang val="\#(language)"/><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>"#
            + #"<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>"#
            + #"<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>\#(DrawingML.escape(series))</c:v></c:pt></c:strCache></c:strRef></c:tx>"#
            + "<c:spPr><a:solidFill>\(colour)</a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>"
            + #"<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"# + text
            + #"<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>"#
            + "<c:cat>\(categories)</c:cat><c:val>\(numbers)</c:val></c:ser>"
            + #"<c:gapWidth val="40"/><c:axId val="111"/><c:axId val="222"/></c:barChart>"#
            + #"<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>"#
            + text + #"<c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>"#
            + #"<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="1"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="1"/></c:valAx>"#
            + #"</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>"#
            + #"<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:chartSpace>"#
    }
}
