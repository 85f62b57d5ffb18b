import { Supergraph } from '@apollo/federation-internals';
import { buildSchema, GraphQLField, GraphQLNamedType, GraphQLSchema, isEnumType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../..');

/** The API schema clients see: the committed supergraph without federation's own machinery. */
function nationalApiSchema(): GraphQLSchema {
  const supergraphSdl = readFileSync(path.join(REPO, 'supergraph.graphql'), 'utf8');
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

const contract = buildSchema(readFileSync(path.join(REPO, 'gateway/contract/national-contract.graphql'), 'utf8'));
const contractTypes = Object.values(contract.getTypeMap()).filter((type) => !type.name.startsWith('__'));
const api = nationalApiSchema();

function fieldsOf(type: GraphQLNamedType): Record<string, GraphQLField<unknown, unknown>> {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
}

/** Every type, field, argument and enum value of the national contract, with the same types. */
describe('the composed national schema fulfils the national contract', () => {
  it.each(contractTypes.map((type) => [type.name, type] as const))('%s', (name, wanted) => {
    const actual = api.getType(name);
    expect(actual).toBeDefined();
    if (!actual) return;
    if (isScalarType(wanted)) expect(isScalarType(actual)).toBe(true);
    if (isEnumType(wanted)) {
      expect(isEnumType(actual)).toBe(true);
      const values = isEnumType(actual) ? actual.getValues().map((v) => v.name) : [];
      expect(values).toEqual(expect.arrayContaining(wanted.getValues().map((v) => v.name)));
    }
    // An interface in the contract may be a shared object type here and the other way round.
    if (isObjectType(wanted) || isInterfaceType(wanted)) {
      expect(isObjectType(actual) || isInterfaceType(actual)).toBe(true);
      const actualFields = fieldsOf(actual);
      for (const [fieldName, field] of Object.entries(wanted.getFields())) {
        const actualField = actualFields[fieldName];
        expect({ field: `${name}.${fieldName}`, type: actualField?.type.toString() }).toEqual({
          field: `${name}.${fieldName}`,
          type: field.type.toString(),
        });
        for (const arg of field.args) {
          const actualArg = actualField?.args.find((a) => a.name === arg.name);
          expect({ arg: `${name}.${fieldName}(${arg.name})`, type: actualArg?.type.toString() }).toEqual({
            arg: `${name}.${fieldName}(${arg.name})`,
            type: arg.type.toString(),
          });
        }
      }
    }
  });

  it('has every concrete network type of the four regions implementing Network', () => {
    const network = api.getType('Network');
    expect(isInterfaceType(network)).toBe(true);
    const implementations = isInterfaceType(network)
      ? api
          .getPossibleTypes(network)
          .map((t) => t.name)
          .sort()
      : [];
    expect(implementations).toEqual(['InnlandetNetwork', 'MidtNetwork', 'SorOstNetwork', 'VestNetwork']);
  });
});
