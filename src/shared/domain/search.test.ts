import { describe, expect, it } from 'vitest'
import { foldText, matchesQuery, searchTermsFor, searchWords } from './search'

describe('name search keys', () => {
  it('folds case and accents, including letters Unicode does not decompose', () => {
    expect(foldText('Zoë')).toBe('zoe')
    expect(foldText('NÚÑEZ')).toBe('nunez')
    expect(foldText('Ødegård')).toBe('odegard')
    expect(foldText('Łukasz Straße')).toBe('lukasz strasse')
  })

  it('splits names into words and also keeps joined forms of punctuated names', () => {
    expect(searchWords("O'Connor")).toEqual(['o', 'connor', 'oconnor'])
    expect(searchTermsFor('Siobhán', "O'Connor")).toEqual(['siobhan', 'o', 'connor', 'oconnor'])
  })

  it('matches when every query word starts some name word', () => {
    const terms = searchTermsFor('Zoë', 'Martin')
    expect(matchesQuery(terms, searchWords('zo ma'))).toBe(true)
    expect(matchesQuery(terms, searchWords('MART'))).toBe(true)
    expect(matchesQuery(terms, searchWords('zoe x'))).toBe(false)
    expect(matchesQuery(terms, searchWords('artin'))).toBe(false)
  })
})
