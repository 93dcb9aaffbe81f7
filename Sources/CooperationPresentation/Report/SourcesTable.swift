import CooperationCore
/// Every link of the focus with where it comes from: the fact, the document and its line.
struct SourcesTable {
    let report: StatisticsReport

    struct Row {
        let kind: String
        let other: String
        let year: String
        let note: String
        let source: String
    }

    var rows: [Row] {
        let dataset = report.dataset
        let focus = report.statistics.focus
        let titles = Dictionary(dataset.documents.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        return dataset.links(of: focus).map { link in
            let other = link.otherEnd(from: focus).flatMap { dataset[$0] }?.name(in: report.language) ?? link.target
            var source = "—"
            if let reference = link.sourceReference {
                if let url = reference.url {
                    source = url
                } else {
                    source = (reference.document.flatMap { titles[$0] } ?? reference.document ?? "") + (reference.line.map { StringTable.of(report.language).format(.sourceLine, String($0)) } ?? "")
                }
            }
            return Row(kind: StringTable.of(report.language).name(of: link.kind), other: other, year: link.year.map(String.init) ?? "", note: link.note ?? "", source: source)
        }
    }

    func markdown() -> String {
        let escape = { (cell: String) in cell.replacingAll("|", with: "\\|") }
        let w = StringTable.of(report.language)
        var lines = ["## " + w[.sourcesHeading], "", "| \(w[.linkColumn]) | \(w[.withColumn]) | \(w[.yearColumn]) | \(w[.noteColumn]) | \(w[.sourceColumn]) |",
                     "| --- | --- | --- | --- | --- |"]
        lines += rows.map { "| \(escape($0.kind)) | \(escape($0.other)) | \($0.year) | \(escape($0.note)) | \(escape($0.source)) |" }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// Replaces every occurrence of a scalar (by scalar, so that a combining mark after the
    /// target, which joins it into one Character, cannot hide it).
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var result = ""
        for scalar in unicodeScalars { if scalar == target { result += replacement } else { result.unicodeScalars.append(scalar) } }
        return result
    }
}
