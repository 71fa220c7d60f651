import PatronageCore

extension AppointmentControl {
  /// Patron → client trees from the appointments made in `years`, crediting channel appointments
  /// to the channel's controller. Roots are patrons who are nobody's client in the span (or, for a
  /// ring of patrons with no outside root, its smallest id); each person is expanded once per tree.
  ///
  /// - Complexity: O(a log a) for a appointments.
  func trees(years: ClosedRange<Int>) -> [ClientTree] {
    var children: [PersonID: [ClientNode]] = [:]
    var isClient = Set<PersonID>()
    for (index, year) in appointments where years.contains(year) {
      let relation = graph.relations[index]
      guard let credit = credit(relation.source, year: year), credit.person != relation.target else { continue }
      children[credit.person, default: []].append(
        ClientNode(id: relation.target, office: relation.office, year: year, via: credit.via, clients: []))
      isClient.insert(relation.target)
    }
    for patron in children.keys {
      children[patron]?.sort {
        ($0.year ?? 0, $0.id, $0.office?.rawValue ?? "") < ($1.year ?? 0, $1.id, $1.office?.rawValue ?? "")
      }
    }
    var placed = Set<PersonID>()
    var result: [ClientTree] = []
    let roots = children.keys.filter { !isClient.contains($0) }.sorted()
    func expand(_ patron: PersonID, seen: inout Set<PersonID>) -> [ClientNode] {
      seen.insert(patron)
      placed.insert(patron)
      return (children[patron] ?? []).map { node in
        var node = node
        if !seen.contains(node.id) { node.clients = expand(node.id, seen: &seen) }
        placed.insert(node.id)
        return node
      }
    }
    for root in roots {
      var seen = Set<PersonID>()
      result.append(ClientTree(patron: root, clients: expand(root, seen: &seen)))
    }
    for patron in children.keys.sorted() where !placed.contains(patron) {
      var seen = Set<PersonID>()
      result.append(ClientTree(patron: patron, clients: expand(patron, seen: &seen)))
    }
    return result
  }
}
