import Button, { type ButtonProps } from "@mui/material/Button";

/** A plain form post to the server-side sign-out (works without JavaScript, and while MFA is pending). */
export function SignOutButton({ label = "Sign out", ...props }: { label?: string } & Pick<ButtonProps, "variant" | "color" | "fullWidth" | "size">) {
  return (
    <form method="post" action="/api/account/sign-out">
      <Button type="submit" {...props}>
        {label}
      </Button>
    </form>
  );
}
