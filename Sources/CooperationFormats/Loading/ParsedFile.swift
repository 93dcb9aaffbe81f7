import CooperationCore

/// What reading one file gives: its part of the dataset, where each piece stands in the file,
/// and the problems found.
struct ParsedFile: Sendable {
    var dataset = Dataset()
    /// Positions by entity index in ``dataset``.
    var entityPositions = PositionList()
    var linkPositions = PositionList()
    var totalPositions = PositionList()
    var focusPosition: FilePosition?
    var diagnostics: [Diagnostic] = []
}
