import CooperationCore
import DOT

/// The legend and a list (the countries reached, by continent) in columns under a world map on
/// an upright page, where a world map, twice as wide as it is high, leaves most of the page
/// empty: the legend heads the first column and the list flows on under it, down to the foot
/// of the band and on to the next column, as newspaper columns do; everything is set as large
/// as the band lets it be, from its own size up to ``largestScale`` times it (text is never
/// set smaller than asked).
struct MapColumns {
    /// One line of the list.
    struct Line {
        /// The text, as a reader sees it.
        var text: String
        /// Its size at scale 1, in canvas points.
        var size: Double
        /// Bold (a continent heading) or plain (a country).
        var bold: Bool
    }

    /// A block placed on the canvas: its lines and the centre and size of their box.
    struct Column {
        var lines: [Line]
        var centre: MapPoint
        var width: Double, height: Double
    }

    /// The most the text grows above its size.
    static let largestScale = 2.0
    /// The white space between columns, and under the legend, in canvas points at scale 1.
    static let gap = 36.0
    /// The padding Graphviz adds around a text node's label.
    static let padding = 10.0
    /// The height of a line of an HTML label, in ems (Graphviz advances a line by its font
    /// size; a little more is counted, so a column never runs past the band).
    static let lineHeight = 1.05

    /// How much larger than asked the text is set.
    let scale: Double
    /// The legend's box, at the top of the first column.
    let legend: Column
    /// The list's blocks, left to right (the first under the legend).
    let list: [Column]

    /// The legend (its lines at `legendSize`) and the `list`, in columns that fit the band from
    /// `lowerLeft` to `upperRight`, at the largest scale at which they do (in steps of 5 %);
    /// `nil` when they do not fit even at their own size.
    init?(legend legendLines: [String], legendSize: Double, list: [Line], within lowerLeft: MapPoint, _ upperRight: MapPoint) {
        let bandWidth = upperRight.x - lowerLeft.x, bandHeight = upperRight.y - lowerLeft.y
        for step in stride(from: Int(Self.largestScale * 20), through: 20, by: -1) {
            let scale = Double(step) / 20
            let legendHeight = Double(legendLines.count) * legendSize * scale * Self.lineHeight + Self.padding
            let legendWidth = (legendLines.map { DejaVuWidths.width(of: $0, fontSize: legendSize * scale, bold: false) }.max() ?? 0) + Self.padding
            let under = legendHeight + Self.gap * scale
            guard under <= bandHeight, let runs = Self.flow(list, scale: scale, height: bandHeight, firstTaken: under) else { continue }
            var widths = runs.map { run in (run.map { DejaVuWidths.width(of: $0.text, fontSize: $0.size * scale, bold: $0.bold) }.max() ?? 0) + Self.padding }
            if widths.isEmpty { widths = [0] }
            widths[0] = max(widths[0], legendWidth)
            let used = widths.reduce(0, +)
            guard used + Double(widths.count - 1) * Self.gap * scale <= bandWidth else { continue }
            // What width is left is shared out between the columns, so they span the band.
            let spread = widths.count > 1 ? (bandWidth - used) / Double(widths.count - 1) : 0
            self.scale = scale
            self.legend = Column(lines: [], centre: MapPoint(x: lowerLeft.x + legendWidth / 2, y: upperRight.y - legendHeight / 2),
                                 width: legendWidth, height: legendHeight)
            var x = lowerLeft.x
            var columns: [Column] = []
            for (index, run) in runs.enumerated() {
                let width = widths[index], top = upperRight.y - (index == 0 ? under : 0)
                let height = Self.height(of: run, scale: scale)
                columns.append(Column(lines: run, centre: MapPoint(x: x + width / 2, y: top - height / 2), width: width, height: height))
                x += width + spread
            }
            self.list = columns
            return
        }
        return nil
    }

    /// The height of `lines` as one text node at `scale`.
    private static func height(of lines: [Line], scale: Double) -> Double {
        lines.map { $0.size * scale * lineHeight }.reduce(0, +) + padding
    }

    /// `lines` cut into columns no taller than `height` at `scale` (the first with
    /// `firstTaken` already used by the legend), a heading never left last in a column; `nil`
    /// when a column cannot hold a heading and its first line.
    private static func flow(_ lines: [Line], scale: Double, height: Double, firstTaken: Double) -> [[Line]]? {
        var runs: [[Line]] = [], run: [Line] = [], used = firstTaken + padding
        for (index, line) in lines.enumerated() {
            let lineHeight = line.size * scale * Self.lineHeight
            // A heading goes with the line under it.
            let needed = line.bold && index + 1 < lines.count ? lineHeight + lines[index + 1].size * scale * Self.lineHeight : lineHeight
            if used + needed > height {
                guard !run.isEmpty || runs.isEmpty else { return nil }
                runs.append(run)
                run = []
                used = padding
                guard used + needed <= height else { return nil }
            }
            run.append(line)
            used += lineHeight
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }

    /// A column's lines as an HTML label, each line at its size times ``scale``, left aligned.
    func markup(_ column: Column, colour: String) -> HTMLLabel {
        var label = HTMLLabel(markup: "")
        for line in column.lines {
            let text = line.bold ? HTMLLabel.bold(line.text) : HTMLLabel(text: line.text)
            label = label + HTMLLabel.font(["POINT-SIZE": String(format: "%.2f", line.size * scale), "COLOR": colour], text) + HTMLLabel(markup: "<BR ALIGN=\"LEFT\"/>")
        }
        return label
    }
}
