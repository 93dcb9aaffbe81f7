import DOT

/// Pieces of DrawingML and PresentationML (ECMA-376 Part 1) that slides are made of: text
/// runs, text frames, shapes, lines. Every text is escaped here.
enum DrawingML {
    /// A slide is 13.33 × 7.5 in.
    static let slideWidth = 12_192_000, slideHeight = 6_858_000
    /// EMU in one point.
    static let emuPerPoint = 12_700.0

    /// Text for an XML element or attribute.
    static func escape(_ text: String) -> String { HTMLLabel.escaping(text) }

    /// A text run: `size` in hundredths of a point, `colour` a colour element.
    static func run(_ text: String, language: String, size: Int, bold: Bool = false, italic: Bool = false, colour: String? = nil) -> String {
        #"<a:r><a:rPr lang="\#(language)" sz="\#(size)""# + (bold ? #" b="1""# : "") + (italic ? #" i="1""# : "") + #" dirty="0">"#
            + (colour.map { "<a:solidFill>\($0)</a:solidFill>" } ?? "") + "</a:rPr><a:t>\(escape(text))</a:t></a:r>"
    }

    /// A paragraph, aligned `l`, `ctr` or `r`.
    static func paragraph(_ runs: String, align: String = "l") -> String {
        #"<a:p><a:pPr algn="\#(align)"/>"# + runs + "</a:p>"
    }

    /// A text body that never wraps: every paragraph stays on its line, as measured.
    static func textBody(_ paragraphs: [String], anchor: String = "t", insets: Bool = true) -> String {
        let inset = insets ? "" : #" lIns="0" tIns="0" rIns="0" bIns="0""#
        return #"<p:txBody><a:bodyPr wrap="none"\#(inset) anchor="\#(anchor)" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>"#
            + (paragraphs.isEmpty ? "<a:p/>" : paragraphs.joined()) + "</p:txBody>"
    }

    /// A position and size.
    static func transform(x: Int, y: Int, width: Int, height: Int, flipH: Bool = false, flipV: Bool = false) -> String {
        "<a:xfrm" + (flipH ? #" flipH="1""# : "") + (flipV ? #" flipV="1""# : "") + ">"
            + #"<a:off x="\#(x)" y="\#(y)"/><a:ext cx="\#(max(width, 0))" cy="\#(max(height, 0))"/></a:xfrm>"#
    }

    /// A line: `width` in EMU, `colour` a colour element (`nil`: no line), `dash` a preset
    /// dash name, `head`/`tail` line-end types (`tail` is at the line's end).
    static func line(width: Int, colour: String?, dash: String? = nil, head: String? = nil, tail: String? = nil, endSize: String = "med") -> String {
        guard let colour else { return "<a:ln><a:noFill/></a:ln>" }
        return #"<a:ln w="\#(max(width, 3175))"><a:solidFill>\#(colour)</a:solidFill>"#
            + (dash.map { #"<a:prstDash val="\#($0)"/>"# } ?? "")
            + (head.map { #"<a:headEnd type="\#($0)" w="\#(endSize)" len="\#(endSize)"/>"# } ?? "")
            + (tail.map { #"<a:tailEnd type="\#($0)" w="\#(endSize)" len="\#(endSize)"/>"# } ?? "") + "</a:ln>"
    }

    /// A glow around a shape in a scheme colour (`a:glow`), to pick it out from its neighbours.
    static func glow(radius: Int, scheme: String) -> String {
        #"<a:effectLst><a:glow rad="\#(radius)"><a:schemeClr val="\#(scheme)"><a:alpha val="60000"/></a:schemeClr></a:glow></a:effectLst>"#
    }

    /// A shape (`p:sp`) with a preset geometry, fill, line, effects and text body.
    static func shape(id: Int, name: String, description: String? = nil, textBox: Bool = false, transform: String, preset: String,
                      fill: String?, line: String, effects: String = "", text: String?) -> String {
        #"<p:sp><p:nvSpPr><p:cNvPr id="\#(id)" name="\#(escape(name))""# + (description.map { #" descr="\#(escape($0))""# } ?? "") + "/>"
            + (textBox ? #"<p:cNvSpPr txBox="1"/>"# : "<p:cNvSpPr/>") + "<p:nvPr/></p:nvSpPr>"
            + "<p:spPr>" + transform + #"<a:prstGeom prst="\#(preset)"><a:avLst/></a:prstGeom>"#
            + (fill.map { "<a:solidFill>\($0)</a:solidFill>" } ?? "<a:noFill/>") + line + effects + "</p:spPr>"
            + (text ?? "") + "</p:sp>"
    }

    /// A text box with paragraphs.
    static func textBox(id: Int, name: String, x: Int, y: Int, width: Int, height: Int, paragraphs: [String], anchor: String = "t") -> String {
        shape(id: id, name: name, textBox: true, transform: transform(x: x, y: y, width: width, height: height), preset: "rect",
              fill: nil, line: "", text: textBody(paragraphs, anchor: anchor))
    }
}
