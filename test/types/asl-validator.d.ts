// Type declaration for asl-validator, which ships none; only the call the tests make.
declare module 'asl-validator' {
  interface AslValidationResult {
    isValid: boolean;
    errors: { message?: string; [key: string]: unknown }[];
  }
  export default function aslValidator(definition: unknown): AslValidationResult;
}
