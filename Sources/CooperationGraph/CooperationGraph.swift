// The product people import: `import CooperationGraph` brings the whole domain and the two
// Graphviz modules it draws through.
@_exported import CooperationCore
@_exported import CooperationFormats
@_exported import CooperationPresentation
@_exported import DOT
@_exported import Graphviz
